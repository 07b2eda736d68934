// Run-time panic: slice bounds out of range with a variable high bound.
package main

import "fmt"

func window(s []byte, lo, hi int) string { return string(s[lo:hi]) }

func main() {
	b := []byte("hello")
	fmt.Println(window(b, 1, 3))
	fmt.Println(window(b, 2, 9))
}
