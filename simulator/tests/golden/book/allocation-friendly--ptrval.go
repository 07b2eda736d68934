package main

import "fmt"

type vec struct{ x, y, z int }

var sum int

func newVec(x int) *vec {
	return &vec{x, x + 1, x + 2}
}

func makeVec(x int) vec {
	return vec{x, x + 1, x + 2}
}

func Before() {
	v := newVec(3)
	sum = v.x + v.y + v.z
}

func After() {
	v := makeVec(3)
	sum = v.x + v.y + v.z
}

func main() {
	Before()
	After()
	fmt.Println(sum)
}
