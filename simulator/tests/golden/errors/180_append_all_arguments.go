// append checks every value against the slice's element type.
package main

func main() {
	var ptrs []*int
	a, b := 1, 2
	ptrs = append(ptrs, &a, b)
	_ = ptrs
}
