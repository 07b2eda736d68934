// Deferred calls run last-in first-out when the function returns, after the
// return value is computed; defers in a loop stack up.
package main

import "fmt"

func f() int {
	x := 1
	defer fmt.Println("first deferred, runs last")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer fmt.Println("last deferred, runs first")
	fmt.Println("body done")
	return x * 10
}

func main() {
	fmt.Println("result", f())
}
