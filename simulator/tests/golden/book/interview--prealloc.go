package main

import "fmt"

var sink []int

func Grow() {
	var s []int
	for i := 0; i < 100; i++ {
		s = append(s, i)
	}
	sink = s
}

func Prealloc() {
	s := make([]int, 0, 100)
	for i := 0; i < 100; i++ {
		s = append(s, i)
	}
	sink = s
}

func main() {
	Grow()
	Prealloc()
	fmt.Println(len(sink), cap(sink))
}
