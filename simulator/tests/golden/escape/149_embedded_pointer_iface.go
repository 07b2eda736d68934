// A struct embedding *Base satisfies interfaces through promoted pointer
// methods; assigning the outer struct value to an interface boxes it.
package main

import "fmt"

type Namer interface{ Name() string }

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Derived struct {
	*Base
	extra int
}

type ByValue struct {
	Base
	extra int
}

func names(ns []Namer) string {
	out := ""
	for _, n := range ns {
		out += n.Name() + ";"
	}
	return out
}

func main() {
	d := Derived{&Base{"derived"}, 1}
	v := &ByValue{Base{"byvalue"}, 2}
	fmt.Println(names([]Namer{d, v}))
}
