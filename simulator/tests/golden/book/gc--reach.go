package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
}

var head *node

func main() {
	for i := 0; i < 6; i++ {
		head = &node{next: head, val: i}
	}
	head.next.next.next = nil // keep the first three nodes, drop the rest
	runtime.GC()
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	fmt.Println(n)
}
