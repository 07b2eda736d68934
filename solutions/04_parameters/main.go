// Predict: what the compiler says about parameters.
//
// Mark every reported line with // want "..." comments (see exercise 01). A pointer
// parameter gets one of: "p does not escape", "leaking param: p",
// "leaking param: p to result ~r0 level=0", "leaking param content: p".
package main

var sink *int

func read(p *int) int { // want "p does not escape"
	return *p
}

func keep(p *int) { // want "leaking param: p"
	sink = p
}

func pass(p *int) *int { // want "leaking param: p to result ~r0 level=0"
	return p
}

func first(ps []*int) { // want "leaking param content: ps"
	sink = ps[0]
}

func main() {
	a, b, c, d := 1, 2, 3, 4 // want "moved to heap: b" "moved to heap: d"
	_ = read(&a)
	keep(&b)
	_ = pass(&c)
	first([]*int{&d}) // want "[]*int{...} does not escape"
}
