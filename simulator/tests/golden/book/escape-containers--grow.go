package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	s := build(5)
	fmt.Println(len(s), cap(s))
}
