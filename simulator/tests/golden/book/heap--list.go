package main

import "fmt"

type node struct {
	val  int
	next *node
}

func push(head *node, v int) *node {
	return &node{v, head}
}

func main() {
	var list *node
	for i := 1; i <= 3; i++ {
		list = push(list, i)
	}
	for n := list; n != nil; n = n.next {
		fmt.Println(n.val)
	}
}
