// Interview gotcha: append inside a function may or may not write into the
// caller's backing array depending on capacity; the slice header is a value.
package main

import "fmt"

func addOne(s []int) []int {
	s = append(s, 1)
	s[0] = 99
	return s
}

func modify(s []int) { s[0] = -1 }

func main() {
	a := make([]int, 1, 1)
	b := addOne(a)
	c := make([]int, 1, 4)
	d := addOne(c)
	modify(c)
	fmt.Println(a[0], b[0], c[0], d[0], len(c), len(d))
}
