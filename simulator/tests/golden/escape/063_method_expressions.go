// Method expressions T.M and (*T).M are plain functions whose first
// parameter is the receiver; they are static callees.
package main

import "fmt"

type Vec struct{ X, Y int }

var last *Vec

func (v Vec) Sum() int       { return v.X + v.Y }
func (v *Vec) Scale(k int)   { v.X *= k; v.Y *= k }
func (v *Vec) Remember()     { last = v }

func main() {
	sum := Vec.Sum
	scale := (*Vec).Scale
	v := Vec{1, 2}
	scale(&v, 3)
	w := Vec{4, 5}
	(*Vec).Remember(&w)
	ops := []func(Vec) int{Vec.Sum}
	fmt.Println(sum(v), ops[0](w), last.X)
}
