// Rendering of calls, method calls (printed as method expressions),
// selectors, index/slice expressions, assertions, conversions, len/cap.
package main

import "fmt"

var sink any

type T struct {
	n   int
	s   []int
	m   map[string]int
	ptr *T
}

func (t T) Val() int   { return t.n }
func (t *T) Ptr() int  { return t.n }
func add(a, b int) int { return a + b }

type MyInt int

func render(t T, p *T, i any, s []int, str string, arr [3]int) {
	sink = add(t.n, p.n)
	sink = add(add(1, 2), 3)
	sink = t.Val()
	sink = p.Ptr()
	sink = p.ptr.n
	sink = t.s[1]
	sink = s[1:]
	sink = s[:2]
	sink = s[1:2:3]
	sink = str[1:]
	sink = arr[1:]
	sink = t.m["k"]
	sink = i.(int)
	sink = MyInt(t.n)
	sink = float64(t.n)
	sink = len(s) + cap(s)
	sink = arr
	sink = *p
}

func main() {
	p := &T{n: 2}
	p.ptr = p
	render(T{n: 1, s: []int{1, 2, 3}, m: map[string]int{}}, p, 5, []int{4, 5, 6}, "str", [3]int{})
	fmt.Println(sink != nil)
}
