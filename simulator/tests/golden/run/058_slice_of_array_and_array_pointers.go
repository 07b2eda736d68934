// Slicing an array shares its storage; a pointer to an array can be indexed,
// sliced and ranged over directly.
package main

import "fmt"

func fill(p *[5]int) {
	for i := range p {
		p[i] = i * i
	}
}

func main() {
	var a [5]int
	fill(&a)
	fmt.Println(a, len(a))
	s := a[1:4]
	s[0] = -1
	fmt.Println(a, s)
	p := &a
	fmt.Println(p[4], len(p), p[:2])
	for i, v := range p {
		if i%2 == 0 {
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
	b := a
	b[0] = 99
	fmt.Println(a[0], b[0])
}
