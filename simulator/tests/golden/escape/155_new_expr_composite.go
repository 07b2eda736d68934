// Go 1.26 new(expr) with composite-literal and call operands: the value is
// copied into a compiler temporary whose address is the result.
package main

import "fmt"

type Point struct{ X, Y int }

var saved []*Point

func origin() Point { return Point{} }

func make3() (*Point, *[]int, *string) {
	saved = append(saved, new(Point{1, 2}))
	return new(origin()), new([]int{1, 2, 3}), new(fmt.Sprint("x", 1))
}

func main() {
	p, s, str := make3()
	q := new(Point{5, 6})
	fmt.Println(p.X, len(*s), *str, saved[0].Y, q.X)
}
