// syntax: missing closing parenthesis
package main

import "fmt"

func main() {
	fmt.Println("a"
}
