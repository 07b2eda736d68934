package main

import "fmt"

type rect struct{ w, h int }

func area(r *rect) int {
	return r.w * r.h
}

func grid(n int) int {
	cells := [4]int{1, 2, 3, 4}
	r := &rect{n, n}
	total := area(r)
	for _, c := range cells {
		total += c
	}
	return total
}

func main() {
	fmt.Println(grid(3))
}
