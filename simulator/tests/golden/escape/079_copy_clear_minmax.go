// m2
// copy (dst mutated, pointer content of src leaks), clear, min and max
// (arguments flow to the result), len/cap (no flow).
package main

import "fmt"

var gs []*int

func copyInts(dst, src []int) int      { return copy(dst, src) }
func copyPtrs(dst, src []*int) int     { return copy(dst, src) }
func copyStr(dst []byte, s string) int { return copy(dst, s) }

func reset(m map[string]int, s []*int) {
	clear(m)
	clear(s)
}

func smaller(a, b string) string { return min(a, b) }
func largest(a, b, c float64) float64 { return max(a, b, c) }

func main() {
	d := make([]int, 2)
	n := copyInts(d, []int{1, 2, 3})
	x := 1
	pd := make([]*int, 1)
	n += copyPtrs(pd, []*int{&x})
	buf := make([]byte, 4)
	n += copyStr(buf, "hey")
	m := map[string]int{"a": 1}
	reset(m, pd)
	fmt.Println(n, len(m), pd[0] == nil, smaller("b", "a"), largest(1, 3, 2))
}
