// Capacity steps of growing local []byte, []string and []*int slices (they
// start in a 32-byte stack buffer): size-class rounding, and the 8-byte malloc
// header of pointerful objects over 512 B gives odd capacities like 71 and 143.
package main

import "fmt"

func main() {
	var b []byte
	last := -1
	fmt.Print("[]byte:")
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Print(" ", cap(b))
			last = cap(b)
		}
	}
	fmt.Println()
	var s []string
	last = -1
	fmt.Print("[]string:")
	for i := 0; i < 1200; i++ {
		s = append(s, "x")
		if cap(s) != last {
			fmt.Print(" ", cap(s))
			last = cap(s)
		}
	}
	fmt.Println()
	var p []*int
	last = -1
	fmt.Print("[]*int:")
	for i := 0; i < 1200; i++ {
		p = append(p, nil)
		if cap(p) != last {
			fmt.Print(" ", cap(p))
			last = cap(p)
		}
	}
	fmt.Println()
}
