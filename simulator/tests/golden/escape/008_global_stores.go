// Storing an address into any package-level variable (pointer, slice, map,
// struct field, array element) moves the pointee to the heap.
package main

import "fmt"

var gp *int
var gs []*int
var gm = map[string]*int{}
var gst struct{ p *int }
var garr [2]*int

func store() {
	a, b, c, d, e := 1, 2, 3, 4, 5
	gp = &a
	gs = append(gs, &b)
	gm["c"] = &c
	gst.p = &d
	garr[1] = &e
}

func main() {
	store()
	fmt.Println(*gp, *gs[0], *gm["c"], *gst.p, *garr[1])
}
