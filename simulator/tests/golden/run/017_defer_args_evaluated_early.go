// A deferred call's arguments (and receiver) are evaluated when the defer
// statement runs; a deferred closure sees the variable's final value.
package main

import "fmt"

type counter struct{ n int }

func (c counter) show(tag string) { fmt.Println(tag, c.n) }

func main() {
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	c := counter{5}
	defer c.show("value receiver copied:")
	c.n = 99
	x = 42
	fmt.Println("returning with x =", x)
}
