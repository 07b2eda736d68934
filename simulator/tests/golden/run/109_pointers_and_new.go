// Pointers: new, address of variables, struct fields and slice elements,
// pointer to pointer, and pointer equality.
package main

import "fmt"

type pt struct{ x, y int }

func incr(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	n := new(int)
	*n = 41
	incr(n)
	fmt.Println(*n)
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := pt{3, 4}
	px := &p.x
	*px = 30
	fmt.Println(p)
	s := []int{10, 20, 30}
	e := &s[1]
	*e = 200
	fmt.Println(s)
	pp := &px
	**pp = 300
	fmt.Println(p.x, *px == **pp, px == &p.x, &p.x == &p.y)
	q := &pt{5, 6}
	q.y = 60
	r := q
	r.x = 50
	fmt.Println(*q, q == r, *q == pt{50, 60})
	var np *pt
	fmt.Println(np == nil, np)
}
