// Since Go 1.22 every iteration of a three-clause for loop and a range loop
// has its own variable, so closures created in the loop see different values.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, s := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(s) + 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { i++; return i })
	}
	fmt.Println(gs[0](), gs[0](), gs[1](), gs[2]())
}
