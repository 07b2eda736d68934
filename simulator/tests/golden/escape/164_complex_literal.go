// Complex numbers: an imaginary literal.
package main

import "fmt"

func main() {
	n := 2
	z := 1 + 3i
	fmt.Println(n, z*z)
}
