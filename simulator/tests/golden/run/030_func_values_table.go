// Functions as values: a slice of named operations, a nil func compared to
// nil, and a method expression used as an ordinary function.
package main

import "fmt"

type op struct {
	name string
	f    func(int, int) int
}

type num int

func (n num) plus(m int) int { return int(n) + m }

func main() {
	ops := []op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
		{"max", func(a, b int) int { return max(a, b) }},
	}
	for _, o := range ops {
		fmt.Printf("%s(7, 3) = %d\n", o.name, o.f(7, 3))
	}
	var none func()
	fmt.Println(none == nil)
	plus := num.plus
	fmt.Println(plus(40, 2))
}
