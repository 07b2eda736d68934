// Predict: slices and make.
//
// Mark every reported line with // want "..." comments (see exercise 01). A slice's
// backing array is a value of its own: constant-size and small, it can stay in the frame.
package main

var keep []int

func constant() int {
	s := make([]int, 8)
	s[0] = 1
	return s[0]
}

func variable(n int) int {
	s := make([]int, n)
	return len(s)
}

func kept() {
	keep = make([]int, 4)
}

func literal() int {
	s := []int{1, 2, 3}
	return s[2]
}

func main() {
	kept()
	println(constant(), variable(5), literal(), len(keep))
}
