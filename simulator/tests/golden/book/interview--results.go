package main

import "fmt"

func identity(p *int) *int {
	return p
}

func deref(pp **int) *int {
	return *pp
}

func main() {
	x, y := 1, 2
	py := &y
	a := identity(&x)
	b := deref(&py)
	fmt.Println(*a + *b)
}
