package main

import "fmt"

func total(a *[4]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

var result int

func Sum() {
	arr := [4]int{1, 2, 3, 4}
	result = total(&arr)
}

func main() {
	Sum()
	fmt.Println(result)
}
