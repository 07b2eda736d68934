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

func build() {
	c := &node{val: 3}
	b := &node{val: 2, next: c}
	head = &node{val: 1, next: b}
}

func main() {
	build()
	head.next.next = nil
	runtime.GC()
	fmt.Println(head.val, head.next.val)
}
