// Closures capturing parameters: by value (the closure escapes, the
// parameter does not move) and by reference (the parameter moves).
package main

import "fmt"

func readOnly(n int, s []int) func() int {
	return func() int { return n + len(s) }
}

func mutates(n int) func() int {
	return func() int {
		n *= 2
		return n
	}
}

func ptrParam(p *int) func() {
	return func() { *p++ }
}

func main() {
	x := 5
	inc := ptrParam(&x)
	inc()
	m := mutates(3)
	m()
	fmt.Println(readOnly(1, []int{1, 2})(), m(), x)
}
