// Predict: leaking param content.
//
// Mark every reported line with // want "..." comments (see exercise 01). A parameter
// can leak what it points to without leaking itself: "leaking param content: p". Then
// the caller's argument stays where it is, and what it points to moves.
package main

var sink *int

type pair struct{ a, b *int }

func keepA(p *pair) { // want "leaking param content: p"
	sink = p.a
}

func publish(pp **int) { // want "leaking param content: pp"
	sink = *pp
}

func firstOf(ps []*int) *int { // want "leaking param: ps to result ~r0 level=1"
	return ps[0]
}

func main() {
	a, b := 1, 2 // want "moved to heap: a" "moved to heap: b"
	p := pair{&a, &b}
	keepA(&p)
	c := 3 // want "moved to heap: c"
	x := &c
	publish(&x)
	d, e := 4, 5 // want "moved to heap: e"
	q := firstOf([]*int{&d}) // want "[]*int{...} does not escape"
	sink = firstOf([]*int{&e}) // want "[]*int{...} does not escape"
	println(*sink, *q)
}
