// m2
// Mutually recursive functions form one batch; inside it, parameters are
// wired directly (no summaries), and diagnostics are printed per batch.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func sumA(t *Tree, acc *int) {
	if t == nil {
		return
	}
	*acc += t.Val
	sumB(t.Left, acc)
	sumB(t.Right, acc)
}

func sumB(t *Tree, acc *int) {
	if t == nil {
		return
	}
	*acc += t.Val
	sumA(t.Left, acc)
	sumA(t.Right, acc)
}

func ping(n int, p *int) *int {
	if n == 0 {
		return p
	}
	return pong(n-1, p)
}

func pong(n int, p *int) *int { return ping(n, p) }

func main() {
	t := &Tree{Val: 1, Left: &Tree{Val: 2}, Right: &Tree{Val: 3, Left: &Tree{Val: 4}}}
	total := 0
	sumA(t, &total)
	x := 9
	fmt.Println(total, *ping(3, &x))
}
