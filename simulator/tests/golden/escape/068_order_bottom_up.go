// Output order follows the bottom-up call graph: leaves first, then their
// callers, siblings in order of first reference; unreferenced functions
// (and methods) come last in declaration order.
package main

import "fmt"

var sink []*int

func main() {
	a := 1
	sink = append(sink, &a)
	c()
	b()
	fmt.Println(len(sink))
}

func unreferenced(p *int) { sink = append(sink, p) }

func b() {
	x := 2
	sink = append(sink, &x)
	d()
}

func c() {
	y := 3
	sink = append(sink, &y)
	d()
}

func d() {
	z := 4
	sink = append(sink, &z)
}

type T struct{ p *int }

func (t *T) method() { sink = append(sink, t.p) }
