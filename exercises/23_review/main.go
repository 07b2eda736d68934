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

func newItem(name string, count int) *item {
	return &item{name: name, count: count}
}

func (s *store) add(it *item) {
	s.items = append(s.items, it)
}

func (s *store) total() int {
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
	fmt.Println(len(s.items), s.total())
}
