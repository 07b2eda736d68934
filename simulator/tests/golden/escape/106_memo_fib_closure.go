// Memoisation with a map captured by a recursive closure: the closure
// variable must be declared before assignment and is captured by reference.
package main

import "fmt"

func memoFib() func(int) int {
	cache := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache[n] = v
		return v
	}
	return fib
}

func localRecursive(n int) int {
	var fact func(int) int
	fact = func(k int) int {
		if k <= 1 {
			return 1
		}
		return k * fact(k-1)
	}
	return fact(n)
}

func main() {
	f := memoFib()
	fmt.Println(f(50), localRecursive(10))
}
