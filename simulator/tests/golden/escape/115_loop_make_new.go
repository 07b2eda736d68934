// Allocations inside loops: a make/new/&T{} used only within the iteration
// stays on the stack; one assigned to a variable outside the loop escapes.
package main

import "fmt"

type Item struct{ v int }

func perIteration(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		buf := make([]int, 8)
		buf[0] = i
		p := new(Item)
		p.v = buf[0]
		t += p.v
	}
	return t
}

func keptAcross(n int) int {
	var last []int
	var it *Item
	for i := 0; i < n; i++ {
		last = make([]int, 8)
		it = &Item{i}
	}
	return len(last) + it.v
}

func collect(n int) []*Item {
	var out []*Item
	for i := range n {
		out = append(out, &Item{i})
	}
	return out
}

func main() {
	fmt.Println(perIteration(3), keptAcross(3), len(collect(4)))
}
