// m2
// The classic generator: a returned closure that mutates a captured
// variable forces that variable to the heap.
package main

import "fmt"

func counter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	c := counter()
	c()
	c()
	f := fib()
	for range 6 {
		f()
	}
	add5 := adder(5)
	fmt.Println(c(), f(), add5(10))
}
