// m2
// A conversion nested in a package initialiser: its itab is made while the
// initialisers are read, so the equality functions come right after init.
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

func pick(s Shape) Shape { return s }

var global = pick(&Arr{})

var sink *int

func leak(p *int) { sink = p }

type W struct{ s []int }

func (w W) Get() []int { return w.s }

func main() {
	leak(nil)
	println(global.Area())
}
