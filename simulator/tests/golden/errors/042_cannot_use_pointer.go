// passing T where *T is expected
package main

type Node struct{ v int }

func visit(n *Node) int { return n.v }

func main() {
	n := Node{1}
	_ = visit(n)
}
