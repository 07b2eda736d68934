// Devirtualization still runs with -l: an interface call whose dynamic
// type is statically known becomes a direct call (and is printed first).
package main

import "fmt"

type Greeter interface{ Greet(name *string) string }

type English struct{}
type Loud struct{ times int }

func (English) Greet(name *string) string { return "hello " + *name }
func (l *Loud) Greet(name *string) string {
	s := *name
	for i := 0; i < l.times; i++ {
		s += "!"
	}
	return s
}

func main() {
	var g Greeter = English{}
	n := "ann"
	a := g.Greet(&n)
	var h Greeter = &Loud{2}
	m := "bob"
	b := h.Greet(&m)
	fmt.Println(a, b)
}
