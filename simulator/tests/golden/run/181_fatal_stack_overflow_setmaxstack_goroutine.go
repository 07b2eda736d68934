// The limit set by debug.SetMaxStack holds for every goroutine: main lowers it
// to 32 KiB, and a goroutine recursing without end overflows at that limit; the
// whole program dies.
package main

import (
	"fmt"
	"runtime/debug"
)

type node struct{ next *node }

func walk(n *node, d int) int {
	return walk(&node{n}, d+1) + 1
}

func main() {
	debug.SetMaxStack(32 << 10)
	done := make(chan int)
	go func() { done <- walk(nil, 0) }()
	fmt.Println(<-done)
}
