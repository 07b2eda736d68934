package main

import "fmt"

type point struct{ x, y int }

func makePoint(x, y int) point {
	p := point{x, y}
	return p
}

func sum(p *point) int {
	return p.x + p.y
}

func main() {
	a := makePoint(1, 2)
	n := sum(&a)
	fmt.Println(n)
}
