// The remainder by zero is the same runtime error as division by zero.
package main

import "fmt"

func main() {
	var d uint8
	n := uint8(7)
	fmt.Println(n % d)
}
