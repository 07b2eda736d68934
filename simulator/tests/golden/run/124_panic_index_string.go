// Indexing a string past its byte length panics like a slice index.
package main

import "fmt"

func main() {
	s := "héllo"
	i := len(s)
	fmt.Println(len(s), s[i-1])
	fmt.Println(s[i])
}
