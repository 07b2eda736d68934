// Mutual recursion (even/odd), and a binary search tree built from pointers
// with recursive insert, in-order walk and height.
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

type tree struct {
	left, right *tree
	val         int
}

func insert(t *tree, v int) *tree {
	if t == nil {
		return &tree{val: v}
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func walk(t *tree, visit func(int)) {
	if t == nil {
		return
	}
	walk(t.left, visit)
	visit(t.val)
	walk(t.right, visit)
}

func height(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.left), height(t.right))
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	var root *tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, v)
	}
	var out []int
	walk(root, func(v int) { out = append(out, v) })
	fmt.Println(out, height(root))
}
