package main

import "fmt"

type point struct{ x, y int }

func byVar() *point {
	p := point{1, 2}
	return &p
}

func byLit() *point {
	return &point{1, 2}
}

func main() {
	fmt.Println(byVar().x + byLit().y)
}
