// Interfaces compare equal when dynamic types and values are equal; values of
// different dynamic types are never equal even if they print the same.
package main

import "fmt"

type A int
type B int

type key struct {
	s string
	n int
}

func main() {
	var x, y any = 3, 3
	fmt.Println(x == y)
	x, y = A(3), B(3)
	fmt.Println(x == y, x, y)
	x, y = "go", "go"
	fmt.Println(x == y)
	x, y = key{"a", 1}, key{"a", 1}
	fmt.Println(x == y)
	x, y = int32(1), int64(1)
	fmt.Println(x == y)
	var e1, e2 error
	fmt.Println(e1 == e2)
	p := &key{}
	x, y = p, p
	fmt.Println(x == y)
	x = &key{}
	fmt.Println(x == y)
	fmt.Println(x != nil)
}
