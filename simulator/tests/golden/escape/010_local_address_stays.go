// Addresses that never leave the function keep everything on the stack:
// pointer locals, pointer-to-pointer, swaps, local struct pointer graphs.
package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func sumLocal() int {
	a, b := 1, 2
	pa, pb := &a, &b
	pa, pb = pb, pa
	ppa := &pa
	**ppa += 10
	n3 := Node{val: 3}
	n2 := Node{val: 2, next: &n3}
	n1 := &Node{val: 1, next: &n2}
	t := 0
	for n := n1; n != nil; n = n.next {
		t += n.val
	}
	return t + *pa + *pb
}

func main() {
	fmt.Println(sumLocal())
}
