package main

import (
	"fmt"
	"runtime"
)

type node struct {
	value int
	next  *node
}

var head *node

func main() {
	head = &node{value: 1}
	head.next = &node{value: 2}
	head.next.next = &node{value: 3}
	head.next = head.next.next
	runtime.GC()
	fmt.Println(head.value, head.next.value)
}
