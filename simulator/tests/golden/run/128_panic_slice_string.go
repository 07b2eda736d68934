// Slicing a string beyond its length: strings have a length, not a capacity.
package main

import "fmt"

func main() {
	s := "abc"
	j := 5
	fmt.Println(s[:j])
}
