// Function literals that capture nothing are analysed as separate
// functions before their enclosing function: their lines come first.
package main

import "fmt"

var gp *int

func host() {
	local := 0
	first := func(p *int) { gp = p }
	second := func() {
		local++
	}
	third := func(q *int) int { return *q }
	x := 1
	first(&x)
	second()
	y := 2
	fmt.Println(third(&y), local)
}

func main() {
	host()
	fmt.Println(*gp)
}
