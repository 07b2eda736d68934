// m2
// A captured variable whose address is taken anywhere is captured by
// reference, even if never reassigned.
package main

import "fmt"

func addr() func() int {
	x := 42
	p := &x
	_ = p
	return func() int { return x }
}

func addrInside() func() *int {
	y := 7
	return func() *int { return &y }
}

func main() {
	fmt.Println(addr()(), *addrInside()())
}
