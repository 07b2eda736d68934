package main

import "fmt"

type node struct {
	next *node
	val  int
}

var list *node

func push(v int) {
	n := node{val: v}
	n.next = list
	list = &n
}

func main() {
	push(1)
	push(2)
	fmt.Println(list.val, list.next.val)
}
