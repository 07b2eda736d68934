// Own variadic functions: the implicit ... slice is a location; it escapes
// when the variadic parameter is stored or returned, and f(s...) passes s.
package main

import "fmt"

var saved [][]any

func count(xs ...int) int { return len(xs) }

func first(ps ...*string) *string {
	if len(ps) == 0 {
		return nil
	}
	return ps[0]
}

func keepAll(vs ...any) { saved = append(saved, vs) }

func ret(xs ...int) []int { return xs }

func main() {
	a, b := "a", "b"
	n := count(1, 2, 3) + count()
	p := first(&a, &b)
	keepAll(1, "two", 3.0)
	ns := []int{4, 5}
	n += count(ns...)
	r := ret(6, 7)
	fmt.Println(n, *p, len(saved[0]), r)
}
