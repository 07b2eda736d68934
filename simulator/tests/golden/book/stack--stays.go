package main

import "fmt"

type point struct{ x, y int }

func length2(p *point) int {
	return p.x*p.x + p.y*p.y
}

var result int

// Work uses a struct, a pointer, an array, a slice and a closure;
// none of them escapes, so a call allocates nothing on the heap.
func Work() {
	p := point{3, 4}
	q := &point{1, 2}
	var hist [8]int
	buf := make([]int, 0, 8)
	buf = append(buf, length2(&p), length2(q))
	scale := 2
	double := func(v int) int { return scale * v }
	for _, v := range buf {
		hist[double(v)%8]++
	}
	result = hist[2]
}

func main() {
	Work()
	fmt.Println(result)
}
