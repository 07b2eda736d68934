// m2
// "deadlocals": assignments to locals or parameters that are never read are
// deleted before escape analysis when the right side is a name, literal, nil
// or func literal, so their allocations never appear; other right sides
// (&x, calls, composite literals) stay.
package main

import "fmt"

var gp *int

func unusedAssign(f func(), q *int, r []int, s *int) int {
	f = func() { fmt.Println("never") }
	x := 5
	q = &x
	r = []int{1, 2}
	y := 6
	gp = &y
	s = gp
	return 3
}

func usedAssign() int {
	h := func() int { return 1 }
	h = func() int { return 2 }
	return h()
}

func main() {
	fmt.Println(unusedAssign(nil, nil, nil, nil), usedAssign())
}
