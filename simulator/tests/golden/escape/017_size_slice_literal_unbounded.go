// Slice literals have no size limit (an indexed literal of 100001 ints
// stays on the stack), but an array literal behind & does.
package main

import "fmt"

func lits() int {
	s := []int{100000: 1}
	a := &[100001]int{100000: 2}
	m := [20000]int{19999: 3}
	return s[100000] + a[100000] + m[19999]
}

func main() {
	fmt.Println(lits())
}
