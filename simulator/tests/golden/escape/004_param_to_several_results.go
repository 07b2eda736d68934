// m2
// One parameter flowing to several results prints one line per result;
// two parameters can leak to the same result.
package main

import "fmt"

func fan(p *int) (a, b, c *int) {
	return p, p, p
}

func pick(p, q *int, first bool) *int {
	if first {
		return p
	}
	return q
}

func swapNamed(x, y *int) (first, second *int) {
	first, second = y, x
	return
}

func main() {
	n, m := 1, 2
	a, b, c := fan(&n)
	s, t := swapNamed(&n, &m)
	fmt.Println(*a+*b+*c, *pick(&n, &m, false), *s, *t)
}
