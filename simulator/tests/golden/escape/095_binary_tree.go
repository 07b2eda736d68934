// m2
// A binary search tree with recursive insert: the recursive function leaks
// its parameter to its result; new nodes escape.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else {
		t.Right = insert(t.Right, k)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Key)
	t.Right.InOrder(visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.Left), height(t.Right))
}

func main() {
	var root *Tree
	for _, k := range []int{5, 3, 8, 1, 4} {
		root = insert(root, k)
	}
	var keys []int
	root.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println(keys, height(root))
}
