package main

type node struct {
	val  int
	next *node
}

func build() *node {
	second := node{val: 2}
	first := node{val: 1, next: &second}
	return &first
}

func main() {
	_ = build()
}
