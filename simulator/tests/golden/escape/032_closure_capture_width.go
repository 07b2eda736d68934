// m2
// Capture by value needs size <= 128 bytes: [16]int (128 bytes) is copied
// into the closure, [17]int (136 bytes) is captured by reference.
package main

import "fmt"

func widths() int {
	var a [16]int
	var b [17]int
	a[0], b[0] = 1, 2
	f := func() int { return a[0] + b[0] }
	return f()
}

type Small struct{ x, y int }

func structs() int {
	s := Small{3, 4}
	p := &Small{5, 6}
	g := func() int { return s.x + p.y }
	return g()
}

func main() {
	fmt.Println(widths(), structs())
}
