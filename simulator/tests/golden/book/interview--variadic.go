package main

import "fmt"

var kept []int

func sum(ns ...int) int {
	total := 0
	for _, n := range ns {
		total += n
	}
	return total
}

func keep(ns ...int) {
	kept = ns
}

func main() {
	keep(4, 5)
	fmt.Println(sum(1, 2, 3), len(kept))
}
