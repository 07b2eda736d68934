// m2
// Closure results exception: a closure whose calls are all known may return
// &local of its parent without moving it. Passing it to a function that only
// dereferences the result keeps that; one that stores the result does not.
package main

import "fmt"

func apply(f func() *int) int { return *f() }

func direct() int {
	v := 1
	get := func() *int { return &v }
	*get() += 41
	return v
}

func passed() int {
	w := 2
	get := func() *int { return &w }
	return apply(get)
}

func immediate() int {
	u := 3
	p := func() *int { return &u }()
	return *p
}

var gp *int

func keepResult(f func() *int) { gp = f() }

func stored() int {
	s := 4
	get := func() *int { return &s }
	keepResult(get)
	return *gp
}

func main() {
	fmt.Println(direct(), passed(), immediate(), stored())
}
