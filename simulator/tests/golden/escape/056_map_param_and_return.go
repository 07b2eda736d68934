// Maps are pointer-shaped: a map parameter that is only read or written
// does not escape; storing it leaks it; returning a new map escapes it.
package main

import "fmt"

var registry map[string]int

func count(m map[string]int, words []string) {
	for _, w := range words {
		m[w]++
	}
}

func install(m map[string]int) { registry = m }

func newIndex(words []string) map[string]int {
	idx := make(map[string]int, len(words))
	for i, w := range words {
		idx[w] = i
	}
	return idx
}

func main() {
	m := map[string]int{}
	count(m, []string{"a", "b", "a"})
	install(map[string]int{"x": 1})
	idx := newIndex([]string{"p", "q"})
	fmt.Println(m["a"], registry["x"], idx["q"], len(idx))
}
