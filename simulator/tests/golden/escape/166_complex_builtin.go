// Complex numbers: only the complex builtin and real/imag, no complex type
// written in the source.
package main

import "fmt"

func main() {
	a, b := 1.0, 2.0
	z := complex(a, b)
	fmt.Println(real(z), imag(z))
}
