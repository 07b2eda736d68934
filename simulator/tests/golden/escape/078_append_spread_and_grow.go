// m2
// append(a, b...) with slices of values and of pointers, append of a
// string to []byte, and append onto a preallocated slice.
package main

import "fmt"

func concat(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	out = append(out, a...)
	return append(out, b...)
}

func merge(dst []*string, src []*string) []*string { return append(dst, src...) }

func bytesOf(prefix []byte, s string) []byte { return append(prefix, s...) }

func main() {
	x, y := "x", "y"
	m := merge([]*string{&x}, []*string{&y})
	b := bytesOf([]byte("ab"), "cd")
	fmt.Println(concat([]int{1}, []int{2, 3}), len(m), string(b))
}
