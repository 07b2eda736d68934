package main

import "fmt"

var saved []int

func sum() int {
	s := make([]int, 10)
	for i := range s {
		s[i] = i
	}
	t := []int{1, 2, 3}
	return s[9] + t[2]
}

func fresh() []int {
	return make([]int, 10)
}

func keep() {
	saved = []int{4, 5}
}

func main() {
	keep()
	fmt.Println(sum(), len(fresh()), saved)
}
