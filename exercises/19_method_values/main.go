// Predict: method values.
//
// Mark every reported line with // want "..." comments (see exercise 01). c.inc without
// a call is a method value: a small record holding the method and its receiver (&c for a
// pointer receiver, a copy of c for a value receiver), reported as "c.inc".
package main

type counter struct{ n int }

func (c *counter) inc()    { c.n++ }
func (c counter) get() int { return c.n }

var onTick func()
var read func() int

func run(f func()) { f() }

func local() int {
	var a counter
	run(a.inc)
	return a.n
}

func stored() {
	var b counter
	onTick = b.inc
	c := counter{n: 3}
	read = c.get
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
