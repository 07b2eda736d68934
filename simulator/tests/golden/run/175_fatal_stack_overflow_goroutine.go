// Unbounded recursion in a goroutine other than main overflows that
// goroutine's stack; the whole program dies.
package main

import "fmt"

type node struct{ next *node }

func walk(n *node, d int) int {
	return walk(&node{n}, d+1) + 1
}

func main() {
	done := make(chan int)
	go func() { done <- walk(nil, 0) }()
	fmt.Println(<-done)
}
