// Expression rendering: every binary and unary operator, as printed when
// the (non-constant) result is boxed into an interface.
package main

import "fmt"

var sink any

func ops(a, b int, u uint, x, y bool, f float64, ch chan int) {
	sink = a + b
	sink = a - b
	sink = a * b
	sink = a / b
	sink = a % b
	sink = a & b
	sink = a | b
	sink = a ^ b
	sink = a &^ b
	sink = a << u
	sink = a >> 2
	sink = a == b
	sink = a != b
	sink = a < b
	sink = a <= b
	sink = a > b
	sink = a >= b
	sink = x && y
	sink = x || y
	sink = !x
	sink = -a
	sink = +a
	sink = ^a
	sink = <-ch
	sink = f / 2
}

func main() {
	ch := make(chan int, 1)
	ch <- 9
	ops(7, 3, 1, true, false, 1.5, ch)
	fmt.Println(sink)
}
