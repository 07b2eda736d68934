// Converting values of every kind to an interface: pointer-shaped values
// (pointer, map, chan, func, one-pointer struct/array) need no box; all
// others print "escapes to heap" when the interface escapes.
package main

import "fmt"

var sink any

type One struct{ p *int }
type Two struct{ a, b int }
type MyInt int

func box(i int, i8 int8, u16 uint16, up uintptr, f32 float32, f float64,
	b bool, s string, r rune, by byte, sl []int, a1 [1]int, ap [1]*int,
	one One, two Two, mi MyInt, p *int, m map[int]int, c chan int, fn func(), e error) {
	sink = i
	sink = i8
	sink = u16
	sink = up
	sink = f32
	sink = f
	sink = b
	sink = s
	sink = r
	sink = by
	sink = sl
	sink = a1
	sink = ap
	sink = one
	sink = two
	sink = mi
	sink = p
	sink = m
	sink = c
	sink = fn
	sink = e
}

func main() {
	x := 1
	box(1, 2, 3, 4, 5, 6, true, "s", 'r', 'b', []int{1}, [1]int{1}, [1]*int{&x},
		One{&x}, Two{1, 2}, 7, &x, nil, nil, nil, nil)
	fmt.Println(sink == nil)
}
