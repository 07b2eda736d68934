// Predict: method values.
//
// Mark every reported line with // want "..." comments (see exercise 01). c.inc without
// a call is a method value: a small record holding the method and its receiver (&c for a
// pointer receiver, a copy of c for a value receiver), reported as "c.inc".
package main

type counter struct{ n int }

func (c *counter) inc()    { c.n++ } // want "c does not escape"
func (c counter) get() int { return c.n }

var onTick func()
var read func() int

func run(f func()) { f() } // want "f does not escape"

func local() int {
	var a counter
	run(a.inc) // want "a.inc does not escape"
	return a.n
}

func stored() {
	var b counter // want "moved to heap: b"
	onTick = b.inc // want "b.inc escapes to heap"
	c := counter{n: 3}
	read = c.get // want "c.get escapes to heap"
}

func viaExpression() int {
	var d counter
	(*counter).inc(&d)
	return d.n
}

func main() {
	stored()
	println(local(), read(), viaExpression())
}
