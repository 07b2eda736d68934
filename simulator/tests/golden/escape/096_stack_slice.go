// A slice-backed stack of pointers: Push leaks its argument (append), Pop
// leaks the content to the result; a local stack of ints does not escape.
package main

import "fmt"

type Stack struct{ items []*string }

func (s *Stack) Push(v *string) { s.items = append(s.items, v) }

func (s *Stack) Pop() *string {
	n := len(s.items)
	v := s.items[n-1]
	s.items = s.items[:n-1]
	return v
}

func balanced(expr string) bool {
	stack := make([]rune, 0, 16)
	for _, r := range expr {
		switch r {
		case '(':
			stack = append(stack, r)
		case ')':
			if len(stack) == 0 {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func main() {
	var s Stack
	a, b := "a", "b"
	s.Push(&a)
	s.Push(&b)
	fmt.Println(*s.Pop(), *s.Pop(), balanced("(()())"), balanced("(()"))
}
