package main

import "fmt"

func fill(depth int) int {
	var buf [64]int
	buf[0] = depth
	if depth == 0 {
		return buf[0]
	}
	return fill(depth-1) + buf[0]
}

func main() {
	total := fill(5)
	fmt.Println(total)
}
