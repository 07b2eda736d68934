package main

import "fmt"

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

var shapes []shape

func keep(s shape) {
	shapes = append(shapes, s)
}

func main() {
	r := rect{3, 4}
	keep(r)
	fmt.Println(shapes[0].area())
}
