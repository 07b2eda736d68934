package main

import "fmt"

type point struct{ x, y int }

func byAddr() *point {
	p := point{1, 2}
	return &p
}

func byNew() *point {
	p := new(point)
	p.x, p.y = 1, 2
	return p
}

func byLit() *point {
	return &point{1, 2}
}

func byValue() point {
	return point{1, 2}
}

var sink *point
var sinkV point

func Addr()  { sink = byAddr() }
func New()   { sink = byNew() }
func Lit()   { sink = byLit() }
func Value() { sinkV = byValue() }

func main() {
	fmt.Println(*byAddr() == *byNew(), *byLit() == byValue())
}
