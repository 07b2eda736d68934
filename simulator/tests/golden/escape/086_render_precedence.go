// Parentheses in rendered expressions come from precedence, not from the
// source: redundant ones disappear, needed ones are added back.
package main

import "fmt"

var sink any

func prec(a, b, c int, p, q bool) {
	sink = (a + b) * c
	sink = a + (b * c)
	sink = a - (b - c)
	sink = (a - b) - c
	sink = -(a + b)
	sink = !(p && q)
	sink = !p && q
	sink = p || q && a > b
	sink = (p || q) && a > b
	sink = a<<1 + b
	sink = a << (1 + b)
	sink = (a + b) % (c + 1)
	sink = ^(a | b)
	sink = a*b == c+1
}

func main() {
	prec(1, 2, 3, true, false)
	fmt.Println(sink)
}
