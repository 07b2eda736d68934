// m2
// Package-level variables initialised by calling closures: the synthesized
// init function is analysed first; the generator's counter moves to the heap.
package main

import "fmt"

var next = func() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}()

var table = buildTable(4)

var names = []string{"a", "b"}

var index = map[string]int{names[0]: 0, names[1]: 1}

func buildTable(n int) []int {
	t := make([]int, n)
	for i := range t {
		t[i] = i * i
	}
	return t
}

func main() {
	next()
	fmt.Println(next(), table[3], index["b"])
}
