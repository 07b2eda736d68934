// Complex numbers: a complex128 variable.
package main

import "fmt"

func abs2(z complex128) float64 {
	return real(z)*real(z) + imag(z)*imag(z)
}

func main() {
	fmt.Println(abs2(complex(3, 4)))
}
