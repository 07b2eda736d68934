// Shadowed variables are distinct locations: only the one whose address
// escapes moves, even though they share a name.
package main

import "fmt"

var keep *int

func shadow(flag bool) int {
	x := 1
	if flag {
		x := 2
		keep = &x
	}
	for x := 0; x < 1; x++ {
		y := x
		_ = &y
	}
	{
		x := 3
		p := &x
		*p++
	}
	return x
}

func main() {
	fmt.Println(shadow(true), *keep)
}
