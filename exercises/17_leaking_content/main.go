// Predict: leaking param content.
//
// Mark every reported line with // want "..." comments (see exercise 01). A parameter
// can leak what it points to without leaking itself: "leaking param content: p". Then
// the caller's argument stays where it is, and what it points to moves.
package main

var sink *int

type pair struct{ a, b *int }

func keepA(p *pair) {
	sink = p.a
}

func publish(pp **int) {
	sink = *pp
}

func firstOf(ps []*int) *int {
	return ps[0]
}

func main() {
	a, b := 1, 2
	p := pair{&a, &b}
	keepA(&p)
	c := 3
	x := &c
	publish(&x)
	d, e := 4, 5
	q := firstOf([]*int{&d})
	sink = firstOf([]*int{&e})
	println(*sink, *q)
}
