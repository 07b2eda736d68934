// m2
// A package variable initialised with a concrete value converted to an interface:
// the itab (and the equality functions it needs) is made by the package task.
package main

type Shape interface{ Area() float64 }

type Pt struct {
	X, Y float64
	tag  string
}

type Arr struct {
	a [3]Pt
	f float32
}

func (a *Arr) Area() float64 { return 0 }

var global Shape = &Arr{}

var sink *int

func leak(p *int) { sink = p }

type W struct{ s []int }

func (w W) Get() []int { return w.s }

func main() {
	leak(nil)
	println(global.Area())
}
