// m2
// Go 1.27: a local func variable assigned several static functions (or
// nil) has the leak summaries of all candidates merged; one unknown
// assignment makes it an unknown callee again.
package main

import "fmt"

var sinkP *int

func inspect(p *int) int { return *p }
func retain(p *int) int  { sinkP = p; return *p }
func other(p *int) int   { return *p + 1 }

func pick(mode int, ext func(*int) int) int {
	f := inspect
	if mode == 1 {
		f = other
	}
	a := 1
	r := f(&a)

	g := inspect
	if mode == 2 {
		g = retain
	}
	b := 2
	r += g(&b)

	var h func(*int) int
	h = nil
	h = other
	c := 3
	r += h(&c)

	k := inspect
	if mode == 3 {
		k = ext
	}
	d := 4
	return r + k(&d)
}

func main() {
	fmt.Println(pick(2, inspect), *sinkP)
}
