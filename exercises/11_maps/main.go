// Predict: maps.
//
// Mark every reported line with // want "..." comments (see exercise 01). A map is a
// pointer to tables the runtime manages: make(map...) can stay in the frame, but a key
// or value you store in a map goes to the heap; one you only look up does not.
package main

var registry = make(map[string]*int)

func distinct(words []string) int {
	seen := make(map[string]bool)
	for _, w := range words {
		seen[w] = true
	}
	return len(seen)
}

func newIndex() map[int]int {
	return make(map[int]int)
}

func register(name string) {
	n := len(name)
	registry[name] = &n
}

func lookup(key int) int {
	ids := map[*int]int{}
	k := key
	return ids[&k]
}

func main() {
	register("stack")
	println(distinct([]string{"a", "b", "a"}), len(newIndex()), lookup(1))
}
