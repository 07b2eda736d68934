package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

func main() {
	p := newPoint(1, 2)
	fmt.Println(p.X + p.Y)
}
