// m2
// Loop depth: an address stored into a variable declared at a smaller loop
// depth moves the pointee, even across nested loops and labels; same-depth
// stores do not.
package main

import "fmt"

func nested() int {
	var outer *int
	for i := 0; i < 2; i++ {
		var mid *int
		for j := 0; j < 2; j++ {
			x := i + j
			mid = &x
			y := i * j
			inner := &y
			_ = inner
		}
		outer = mid
	}
	return *outer
}

func labeled() int {
	var last *int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			v := i*10 + j
			last = &v
			if i == 2 {
				break outer
			}
		}
	}
	return *last
}

func main() {
	fmt.Println(nested(), labeled())
}
