// m2
// debug.SetMaxStack takes and returns an int: the call itself makes no escape
// diagnostic; its result passed to fmt.Println is boxed like any int, and the
// deferred call keeps its argument in a by-value capture.
package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	old := debug.SetMaxStack(1 << 20)
	defer debug.SetMaxStack(old)
	limit := 1 << 16
	p := &limit
	fmt.Println(debug.SetMaxStack(*p))
	fmt.Println(depth(50))
}
