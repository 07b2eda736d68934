package main

import "fmt"

func square(x int) int {
	y := x * x
	return y
}

func sumSquares(a, b int) int {
	s := square(a)
	s += square(b)
	return s
}

func main() {
	fmt.Println(sumSquares(3, 4))
}
