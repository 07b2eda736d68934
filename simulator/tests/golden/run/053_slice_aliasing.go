// Slices share a backing array until append must grow it: a write through
// one slice shows through another, until reallocation separates them.
package main

import "fmt"

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i
	}
	a := base[1:3]
	fmt.Println(a, len(a), cap(a))
	a[0] = 100
	fmt.Println(base)
	a = append(a, 200)
	fmt.Println(base, a)
	b := base[2:]
	b = append(b, 300, 400, 500)
	fmt.Println(len(b), cap(b))
	b[0] = -1
	fmt.Println(base, b)
	c := append(base[:1], 7)
	fmt.Println(base, c)
}
