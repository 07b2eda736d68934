// Package-level initialisers that need code (map literals, calls,
// closures calling functions) are analysed first, in the synthesized init,
// even when declared after the functions; init() functions are ordinary.
package main

import "fmt"

func double(n int) int { return n * 2 }

var lookup = map[string]int{"a": double(1), "b": 2}

var label = fmt.Sprintf("v%d", double(3))

var ptrs = []*int{new(int)}

var fns = []func() int{func() int { return 1 }}

func init() {
	lookup["c"] = len(label)
}

var late = makeSlice()

func makeSlice() []int { return make([]int, 3) }

func main() {
	fmt.Println(lookup["a"], lookup["c"], label, len(ptrs), fns[0](), len(late))
}
