// Explicit instantiation of a generic function; the declaration comes
// after main.
package main

import "fmt"

func main() {
	fmt.Println(Max[int](3, 7))
}

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}
