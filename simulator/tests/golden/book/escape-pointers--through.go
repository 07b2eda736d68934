package main

type node struct {
	val  int
	next *node
}

func linkValue() int {
	a := node{val: 1}
	b := node{val: 2}
	a.next = &b
	return a.next.val
}

func linkPointer() int {
	a := &node{val: 1}
	b := node{val: 2}
	a.next = &b
	return a.next.val
}

func main() {
	_ = linkValue()
	_ = linkPointer()
}
