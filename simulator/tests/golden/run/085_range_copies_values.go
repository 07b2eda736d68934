// range evaluates its operand once and hands out copies: changing the element
// variable does not change the slice; ranging over an array copies the array.
package main

import "fmt"

type item struct{ n int }

func main() {
	items := []item{{1}, {2}, {3}}
	for _, it := range items {
		it.n *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy sees", v)
		}
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		s[2] = 100
		if i == 2 {
			fmt.Println("range over slice sees", v)
		}
	}
	n := 0
	for range s {
		s = append(s, 1)
		n++
	}
	fmt.Println(n, len(s))
}
