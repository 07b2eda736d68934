// Named types: methods on named slice, map and func types; conversions
// between named types with the same underlying type.
package main

import "fmt"

type IntList []int
type Set map[string]struct{}
type Op func(int) int
type Meters float64
type Feet float64
type P1 struct{ X, Y int }
type P2 struct{ X, Y int }

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Add(v int) { *l = append(*l, v) }

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (o Op) Twice(x int) int    { return o(o(x)) }
func (m Meters) Feet() Feet     { return Feet(m * 3.28084) }

func main() {
	var l IntList
	l.Add(3)
	l.Add(4)
	fmt.Println(l, l.Sum(), len(l), []int(l))
	s := Set{}
	s.Add("a")
	fmt.Println(s.Has("a"), s.Has("b"), len(s), s)
	inc := Op(func(x int) int { return x + 10 })
	fmt.Println(inc.Twice(1))
	fmt.Printf("%.2f %T\n", Meters(100).Feet(), Meters(1).Feet())
	p := P1{1, 2}
	q := P2(p)
	fmt.Println(q, P1(q) == p)
	fmt.Printf("%v %T %T\n", IntList{1}, l, s)
}
