// m2
// Zero-sized allocations: new(struct{}) and &struct{}{} follow the normal
// rules, but make of a zero-sized element type always escapes.
package main

import "fmt"

type Empty struct{}

func zeros(n int) int {
	a := new(struct{})
	b := &Empty{}
	c := make([]struct{}, n)
	d := make([]Empty, 0)
	e := make([][0]int, 1, 4)
	f := []Empty{{}, {}}
	set := make(map[string]struct{})
	set["x"] = struct{}{}
	_ = a
	_ = b
	return len(c) + len(d) + cap(e) + len(f) + len(set)
}

func main() {
	fmt.Println(zeros(3))
}
