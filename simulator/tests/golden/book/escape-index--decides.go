package main

import "fmt"

type point struct{ x, y int }

// p's address is returned: the caller still uses it after newPoint's frame is gone.
func newPoint() *point {
	p := point{1, 2}
	return &p
}

// q's address never leaves the frame, even though new was used to create it.
func length() int {
	q := new(point)
	q.x, q.y = 3, 4
	return q.x*q.x + q.y*q.y
}

func main() {
	p := newPoint()
	n := length()
	fmt.Println(p.x+p.y == 3, n == 25)
}
