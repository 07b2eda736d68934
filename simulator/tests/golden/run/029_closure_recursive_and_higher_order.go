// A recursive closure through a declared func variable, and functions that
// take and return functions (compose, map, filter over slices).
package main

import "fmt"

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	inc := func(x int) int { return x + 1 }
	sq := func(x int) int { return x * x }
	fmt.Println(compose(inc, sq)(4), compose(sq, inc)(4))
	xs := mapInts([]int{1, 2, 3, 4, 5, 6}, sq)
	fmt.Println(xs, filter(xs, func(x int) bool { return x%2 == 0 }))
}
