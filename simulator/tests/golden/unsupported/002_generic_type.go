// A generic type with methods.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	var s Stack[string]
	s.Push("a")
	fmt.Println(len(s.items))
}
