// Boxing a never-reassigned local whose value is a constant prints the
// constant instead of the name, in the constant's own spelling.
package main

import "fmt"

type Celsius float64
type Name string

func main() {
	a := 1 + 2
	var b int8 = 3
	c := 2.5
	d := "con" + "cat"
	e := 3 > 2
	f := 'x'
	g := Celsius(36.6)
	h := Name("go")
	var i uint = 7
	j := a
	const k = 1 << 62
	l := k
	var m float32 = 0.25
	n := byte('A')
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(i, j, k, l, m, n)
}
