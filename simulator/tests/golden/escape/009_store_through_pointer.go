// m2
// Anything stored through a pointer, a pointer field or a slice element
// flows to the heap, even when the pointer is a local.
package main

import "fmt"

type Box struct{ p *int }

func viaPtr(pp **int) {
	x := 1
	*pp = &x
}

func viaField(b *Box) {
	y := 2
	b.p = &y
}

func viaSlice(s []*int) {
	z := 3
	s[0] = &z
}

func viaLocalPtr() int {
	w := 4
	b := &Box{}
	b.p = &w
	return *b.p
}

func main() {
	var p *int
	viaPtr(&p)
	var b Box
	viaField(&b)
	s := make([]*int, 1)
	viaSlice(s)
	fmt.Println(*p, *b.p, *s[0], viaLocalPtr())
}
