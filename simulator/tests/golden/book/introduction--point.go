package main

import "fmt"

type point struct{ x, y int }

func newPoint() *point {
	p := point{1, 2}
	return &p
}

func sum() int {
	p := point{3, 4}
	q := &p
	return q.x + q.y
}

func main() {
	fmt.Println(newPoint().x, sum())
}
