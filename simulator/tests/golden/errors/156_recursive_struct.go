// A struct cannot contain itself by value; a linked list needs a pointer.
package main

type Node struct {
	value int
	next  Node
}

func main() {}
