package main

import "fmt"

func newCount() *int {
	n := 0
	return &n
}

func sum(xs []int) int {
	total := new(int)
	for _, x := range xs {
		*total += x
	}
	return *total
}

func main() {
	c := newCount()
	*c = sum([]int{1, 2, 3})
	fmt.Println(*c)
}
