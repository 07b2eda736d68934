// A [256]int histogram is a plain stack array (2 KiB); returning it by
// value copies it, returning a slice of it moves it to the heap.
package main

import "fmt"

func histogram(s string) [256]int {
	var h [256]int
	for i := 0; i < len(s); i++ {
		h[s[i]]++
	}
	return h
}

func histogramSlice(s string) []int {
	var h [256]int
	for i := 0; i < len(s); i++ {
		h[s[i]]++
	}
	return h[:]
}

func main() {
	h := histogram("hello")
	hs := histogramSlice("world")
	fmt.Println(h['l'], hs['o'], len(hs))
}
