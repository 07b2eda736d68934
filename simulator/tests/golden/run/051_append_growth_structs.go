// Capacity steps for local slices of 24-byte structs with and without a
// pointer, 12-byte structs and int32: element size changes the rounding.
package main

import "fmt"

type flat struct{ a, b, c int64 }
type withPtr struct {
	p    *int
	a, b int64
}
type twelve struct{ a, b, c int32 }

func main() {
	var f []flat
	last := -1
	fmt.Print("flat24:")
	for i := 0; i < 1500; i++ {
		f = append(f, flat{})
		if cap(f) != last {
			fmt.Print(" ", cap(f))
			last = cap(f)
		}
	}
	fmt.Println()
	var w []withPtr
	last = -1
	fmt.Print("ptr24:")
	for i := 0; i < 1500; i++ {
		w = append(w, withPtr{})
		if cap(w) != last {
			fmt.Print(" ", cap(w))
			last = cap(w)
		}
	}
	fmt.Println()
	var t []twelve
	last = -1
	fmt.Print("twelve:")
	for i := 0; i < 1500; i++ {
		t = append(t, twelve{})
		if cap(t) != last {
			fmt.Print(" ", cap(t))
			last = cap(t)
		}
	}
	fmt.Println()
	var q []int32
	last = -1
	fmt.Print("int32:")
	for i := 0; i < 1500; i++ {
		q = append(q, 1)
		if cap(q) != last {
			fmt.Print(" ", cap(q))
			last = cap(q)
		}
	}
	fmt.Println()
}
