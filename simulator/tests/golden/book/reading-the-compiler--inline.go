package main

import "fmt"

type point struct{ x, y int }

var sum int

func newPoint(x, y int) *point {
	return &point{x, y}
}

func Local() {
	p := newPoint(1, 2)
	sum = p.x + p.y
}

func main() {
	Local()
	fmt.Println(sum)
}
