// m2
// Closures nested two and three levels deep, capturing variables of each
// enclosing function; names like outer.func1.1 appear at -m=2.
package main

import "fmt"

func outer() func() func() int {
	x := 1
	return func() func() int {
		y := 2
		x++
		return func() int {
			z := 3
			y++
			return func() int { return x + y + z }()
		}
	}
}

func localOnly() int {
	a := 10
	f := func() int {
		b := 20
		g := func() int { return a + b }
		return g()
	}
	return f()
}

func main() {
	mk := outer()
	inner := mk()
	fmt.Println(inner(), inner(), localOnly())
}
