// m2
// The constant-folding oracle looks into closures (a captured constant
// local prints as its value), and a closure returning &x whose call goes
// through a slice element (unknown callee) moves x.
package main

import "fmt"

var gp *int

func folded() func() {
	y := 5
	s := "const"
	return func() { fmt.Println(y, s) }
}

func lost() {
	w := 1
	fs := []func() *int{func() *int { return &w }}
	gp = fs[0]()
}

func main() {
	folded()()
	lost()
	fmt.Println(*gp)
}
