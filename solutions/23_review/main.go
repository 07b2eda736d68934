// Predict: a review of the course so far.
//
// Mark every reported line with // want "..." comments (see exercise 01). Everything
// here appeared in an earlier exercise: a constructor returning a pointer, receivers
// and their summaries, append, and fmt. Predict each line before you check.
package main

import "fmt"

type item struct {
	name  string
	count int
}

type store struct {
	items []*item
}

func newItem(name string, count int) *item { // want "leaking param: name"
	return &item{name: name, count: count} // want "&item{...} escapes to heap"
}

func (s *store) add(it *item) { // want "leaking param content: s" "leaking param: it"
	s.items = append(s.items, it) // want "append escapes to heap"
}

func (s *store) total() int { // want "s does not escape"
	n := 0
	for _, it := range s.items {
		n += it.count
	}
	return n
}

func main() {
	var s store
	s.add(newItem("bolt", 10))
	s.add(newItem("nut", 25))
	fmt.Println(len(s.items), s.total()) // want "... argument does not escape" "len(s.items) escapes to heap" "(*store).total(s) escapes to heap"
}
