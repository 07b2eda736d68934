// Two closures capturing the same variable share it by reference: a write in
// one is visible to the other and to the enclosing function.
package main

import "fmt"

func main() {
	x := 0
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	fmt.Println(get(), x)
	x = 10
	fmt.Println(get())
	s := []int{1, 2, 3}
	addAll := func(d int) {
		for i := range s {
			s[i] += d
		}
	}
	addAll(5)
	fmt.Println(s)
}
