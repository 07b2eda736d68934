package main

import "fmt"

type point struct{ x, y int }

func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

func main() {
	a := newPoint(1, 2)
	fmt.Println(a.x + a.y)
}
