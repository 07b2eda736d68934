// m2
// Calling methods through an interface parameter: the receiver and every
// pointer argument leak (the callee is unknown), unlike direct calls.
package main

import "fmt"

type Sorter interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type Ints []int

func (s Ints) Len() int           { return len(s) }
func (s Ints) Less(i, j int) bool { return s[i] < s[j] }
func (s Ints) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func bubble(s Sorter) {
	for i := 0; i < s.Len(); i++ {
		for j := 0; j+1 < s.Len()-i; j++ {
			if s.Less(j+1, j) {
				s.Swap(j, j+1)
			}
		}
	}
}

type Visitor interface{ Visit(p *int) }

type summer struct{ total int }

func (s *summer) Visit(p *int) { s.total += *p }

func walk(v Visitor, xs []int) {
	for i := range xs {
		v.Visit(&xs[i])
	}
}

func main() {
	s := Ints{3, 1, 2}
	bubble(s)
	var sm summer
	walk(&sm, []int{1, 2, 3})
	fmt.Println(s, sm.total)
}
