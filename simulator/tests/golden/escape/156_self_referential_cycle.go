// m2
// Self-referential values (a sentinel node pointing to itself, two nodes
// pointing at each other): the -m=2 explanation hits an assignment cycle
// and prints the "truncated explanation" warning.
package main

import "fmt"

type Node struct {
	next *Node
	val  int
}

var head *Node

func sentinel() {
	var s Node
	s.next = &s
	m := s
	head = &m
}

func pair() {
	var a, b Node
	a.next = &b
	b = a
	c := b
	head = &c
}

func rewire() {
	var x, y Node
	x.next = &x
	x.next = &y
	head = x.next.next
}

func main() {
	rewire()
	sentinel()
	pair()
	fmt.Println(head != nil, head.val)
}
