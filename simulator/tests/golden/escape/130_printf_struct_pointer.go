// fmt with structs and pointers: %v of a struct copies it into a box; %p
// style pointer printing (avoided here) and &T{} arguments escape; Printf
// with a slice argument boxes the slice header.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v\n", p, &Point{3, 4})
	pts := []Point{{5, 6}}
	fmt.Printf("%v %d\n", pts, len(pts))
	var s fmt.Stringer = p
	fmt.Println(s.String(), s)
}
