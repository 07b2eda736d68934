// Named non-struct types: named slices and maps with methods (value
// receivers are pointer-shaped or not), named func types, named pointers.
package main

import "fmt"

type IntList []int
type Set map[string]bool
type Op func(int) int
type Celsius float64

func (l IntList) Sum() int {
	t := 0
	for _, v := range l {
		t += v
	}
	return t
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (s Set) Add(k string) { s[k] = true }

func (o Op) Twice(x int) int { return o(o(x)) }

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	var l IntList
	l.Push(3)
	l.Push(4)
	s := Set{}
	s.Add("k")
	inc := Op(func(x int) int { return x + 1 })
	var st fmt.Stringer = Celsius(21)
	fmt.Println(l.Sum(), len(s), inc.Twice(1), st, IntList{1, 2}.Sum())
}
