package main

import "fmt"

var index map[int]int

func Before() {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	index = m
}

func After() {
	m := make(map[int]int, 100)
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	index = m
}

func main() {
	Before()
	After()
	fmt.Println(len(index))
}
