package main

import "fmt"

type vec struct{ x, y, z float64 }

var sink *vec
var total float64

func OnStack() {
	v := &vec{1, 2, 3}
	total += v.x + v.y + v.z
}

func OnHeap() {
	v := &vec{1, 2, 3}
	sink = v
}

func main() {
	OnStack()
	OnHeap()
	fmt.Println(total, sink.z)
}
