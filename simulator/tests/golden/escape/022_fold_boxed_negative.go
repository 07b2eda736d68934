// Boxed locals that are NOT folded: reassigned, incremented, op-assigned,
// address-taken, declared without a value then assigned, range variables,
// call results, parameters.
package main

import "fmt"

func two() int { return 2 }

func show(p int) {
	a := 1
	a = 10
	b := 1
	b++
	c := 1
	c += 5
	d := 1
	pd := &d
	var e int
	e = 4
	f := two()
	fmt.Println(a, b, c, d, *pd, e, f, p)
	for i := range 2 {
		fmt.Println(i)
	}
}

func main() {
	show(9)
}
