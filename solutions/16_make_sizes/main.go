// Predict: make and its sizes.
//
// Mark every reported line with // want "..." comments (see exercise 01). Nothing here
// leaves its function: every verdict comes from a size, or from not knowing a size when
// the function is compiled.
package main

var size = 100

func fits() int {
	s := make([]int, 8192) // want "make([]int, 8192) does not escape"
	return len(s)
}

func tooMany() int {
	s := make([]int, 8193) // want "make([]int, 8193) escapes to heap"
	return len(s)
}

func roomy() int {
	s := make([]byte, 0, 70000) // want "make([]byte, 0, 70000) escapes to heap"
	return cap(s)
}

func runtimeSize(n int) int {
	s := make([]int, n) // want "make([]int, n) does not escape"
	return len(s)
}

func fixedOnce() int {
	k := 10000
	s := make([]int, k) // want "make([]int, 10000) escapes to heap"
	return len(s)
}

func main() {
	println(fits(), tooMany(), roomy(), runtimeSize(size), fixedOnce())
}
