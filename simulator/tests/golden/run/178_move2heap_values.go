// Slices built in a frame buffer and moved to the heap when returned keep their
// values, lengths and capacities (Go 1.26's move2heap), whatever the later frames write.
package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return s
}

func buildCap(n int) []string {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, fmt.Sprint("v", i))
	}
	fmt.Println("cap inside:", cap(s))
	return s
}

func clobber(depth int) int {
	var pad [16]int
	for i := range pad {
		pad[i] = depth
	}
	if depth == 0 {
		return pad[3]
	}
	return clobber(depth-1) + pad[5]
}

func main() {
	a := build(3)
	b := build(9)
	c := buildCap(3)
	d := buildCap(0)
	clobber(20)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	fmt.Println(c, len(c), cap(c))
	fmt.Println(d == nil, len(d), cap(d))
	a = append(a, 100)
	fmt.Println(a, len(a), cap(a))
}
