// m2
// Method sets with embedded pointers and interfaces, unexported methods, an
// anonymous interface, a local type, a package variable converted to an interface
// (its itab is made after the wrappers), type switches and method values.
package main

import "fmt"

type Shape interface {
	Area() float64
	name() string
}

type Named interface {
	Shape
	Label(prefix string, n ...int) (string, error)
}

type Pt struct {
	X, Y float64
	tag  string
}

func (p Pt) Area() float64 { return p.X * p.Y }
func (p Pt) name() string  { return p.tag }
func (p *Pt) Label(prefix string, n ...int) (string, error) {
	return prefix + p.tag, nil
}

type Tagger interface{ Tag(k int) *int }

type Box struct {
	*Pt
	Tagger
	id int8
	v  int64
}

type Arr struct {
	a [3]Pt
	_ int
	f float32
}

func (a *Arr) Area() float64 { return 0 }
func (a *Arr) name() string  { return "" }

var global Shape = &Arr{}
var g2 = fmt.Sprint(Pt{})

func use(s Shape) float64 {
	switch v := s.(type) {
	case Pt:
		return v.X
	case *Box:
		return 1
	}
	return s.Area()
}

func anon(x interface{ Area() float64 }) float64 { return x.Area() }

func main() {
	p := &Pt{1, 2, "p"}
	b := Box{Pt: p}
	f := b.Label
	g := p.name
	var n Named = p
	h := n.Label
	s, _ := f("x")
	fmt.Println(use(p), use(b.Pt), anon(p), s, g(), global.Area(), g2)
	_, _ = h("y", 1, 2)
	type local struct {
		Pt
		k string
	}
	var l Shape = local{}
	fmt.Println(l.Area())
}
