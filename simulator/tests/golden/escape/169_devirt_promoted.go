// m2
// Devirtualizing a call of a promoted method, and partially devirtualizing a
// method of an embedded interface field.
package main

import "fmt"

type Tagger interface{ Tag(k int) *int }

type T struct{ v int }

func (t *T) Tag(k int) *int { return &t.v }

type Wrap struct {
	Tagger
	n int
}

type Inner struct{ s string }

func (i Inner) Name() string { return i.s }

type Outer struct {
	*Inner
	x int
}

type Namer interface{ Name() string }

func main() {
	var tg Tagger = Wrap{Tagger: &T{}}
	p := tg.Tag(1)
	var n Namer = Outer{Inner: &Inner{"a"}}
	var n2 Namer = &Outer{Inner: &Inner{"b"}}
	fmt.Println(*p, n.Name(), n2.Name())
}
