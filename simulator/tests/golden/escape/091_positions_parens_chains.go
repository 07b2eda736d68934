// Positions: a parenthesised operand is reported at its "(", a chain of
// + at its last operator, a right-nested sum at its first, calls at "(",
// selectors at ".", index at "[", composite literals at "{".
package main

import "fmt"

var sink any

type P struct{ x, y int }

func pos(a, b, c string, n int, s []int, p P) {
	sink = (n)
	sink = ((n))
	sink = (a + b)
	sink = a + b + c
	sink = a + (b + c)
	sink = (a + b) + c
	sink = fmt.Sprint(n)
	sink = p.x
	sink = s[n]
	sink = P{n, n}
	sink = []int{n}
	sink = (P{n, n})
	sink = s[1:n]
}

func main() {
	pos("a", "b", "c", 1, []int{1, 2}, P{})
	fmt.Println(sink)
}
