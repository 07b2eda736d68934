// Predict: maps.
//
// Mark every reported line with // want "..." comments (see exercise 01). A map is a
// pointer to tables the runtime manages: make(map...) can stay in the frame, but a key
// or value you store in a map goes to the heap; one you only look up does not.
package main

var registry = make(map[string]*int) // want "make(map[string]*int) escapes to heap"

func distinct(words []string) int { // want "leaking param content: words"
	seen := make(map[string]bool) // want "make(map[string]bool) does not escape"
	for _, w := range words {
		seen[w] = true
	}
	return len(seen)
}

func newIndex() map[int]int {
	return make(map[int]int) // want "make(map[int]int) escapes to heap"
}

func register(name string) { // want "leaking param: name"
	n := len(name) // want "moved to heap: n"
	registry[name] = &n
}

func lookup(key int) int {
	ids := map[*int]int{} // want "map[*int]int{} does not escape"
	k := key
	return ids[&k]
}

func main() {
	register("stack")
	println(distinct([]string{"a", "b", "a"}), len(newIndex()), lookup(1)) // want "[]string{...} does not escape"
}
