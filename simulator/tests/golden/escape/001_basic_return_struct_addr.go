// Returning &local moves the variable to the heap; returning &T{...}
// makes the literal escape; returning a struct by value copies it (no heap).
package main

import "fmt"

type Point struct{ X, Y int }

func newPointVar(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}

func newPointLit(x, y int) *Point {
	return &Point{X: x, Y: y}
}

func pointValue(x, y int) Point {
	p := Point{X: x, Y: y}
	return p
}

func main() {
	a := newPointVar(1, 2)
	b := newPointLit(3, 4)
	c := pointValue(5, 6)
	fmt.Println(a.X+b.X+c.X, a.Y+b.Y+c.Y)
}
