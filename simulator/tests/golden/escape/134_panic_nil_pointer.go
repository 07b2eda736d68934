// Run-time panic: nil pointer dereference through a nil *Node field.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func third(n *Node) int { return n.Next.Next.Val }

func main() {
	list := &Node{1, &Node{2, nil}}
	fmt.Println("len>=2", list.Next != nil)
	fmt.Println(third(list))
}
