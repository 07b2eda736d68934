package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := point{1, 2}
	fmt.Println(&p)
	q := point{3, 4}
	fmt.Println(q.x, q.y)
}
