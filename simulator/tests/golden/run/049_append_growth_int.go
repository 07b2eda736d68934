// len and cap of an []int after each append from nil: a local slice starts
// in a 32-byte stack buffer (cap 4), a global one at cap 1; growslice then
// doubles below 256 elements and grows by about 1.25x, rounded to size classes.
package main

import "fmt"

var global []int

func main() {
	var s []int
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	last = -1
	fmt.Print("global:")
	for i := 0; i < 5000; i++ {
		global = append(global, i)
		if cap(global) != last {
			fmt.Print(" ", cap(global))
			last = cap(global)
		}
	}
	fmt.Println()
}
