// Exported names start with a capital letter: fmt has Println, not println.
package main

import "fmt"

func main() {
	fmt.println("hello")
}
