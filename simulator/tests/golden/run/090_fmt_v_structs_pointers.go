// %v and %+v on structs, nested structs, pointers to structs (&{...}),
// arrays, slices of structs and maps; a pointer at the top level prints as &.
package main

import "fmt"

type Point struct{ X, Y int }
type Rect struct {
	Min, Max Point
	Label    string
}
type List struct {
	Items []Point
	Meta  map[string]int
	Next  *List
}

// a variable format string: go vet would reject %s for a struct of ints
var mixedVerbs = "%d %x %s\n"

func main() {
	p := Point{1, 2}
	r := Rect{Point{0, 0}, Point{3, 4}, "box"}
	fmt.Println(p, r)
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(&p, &r)
	fmt.Printf("%v %+v\n", &p, &r)
	l := List{Items: []Point{{1, 1}, {2, 2}}, Meta: map[string]int{"n": 2}}
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Println([2]Point{{1, 2}, {3, 4}}, []*Point{}, [0]int{})
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %+v\n", np, np)
	fmt.Printf(mixedVerbs, p, Point{255, 16}, r)
}
