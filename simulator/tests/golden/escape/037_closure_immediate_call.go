// Immediately invoked function literals: with parameters, with results,
// capturing or not; none of them escape.
package main

import "fmt"

func compute(n int) int {
	sq := func(x int) int { return x * x }(n)
	total := 0
	func() {
		total += sq
	}()
	p := func(q *int) *int { return q }(&total)
	return *p + func(a, b int) int { return a + b }(1, 2)
}

func main() {
	fmt.Println(compute(4))
}
