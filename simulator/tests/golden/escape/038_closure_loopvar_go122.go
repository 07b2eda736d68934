// m2
// Go 1.22 per-iteration loop variables: each closure appended in the loop
// captures its own i, which therefore moves to the heap.
package main

import "fmt"

func makeFuncs() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func rangeFuncs(names []string) []func() string {
	var fs []func() string
	for _, name := range names {
		fs = append(fs, func() string { return "hi " + name })
	}
	return fs
}

func main() {
	for _, f := range makeFuncs() {
		fmt.Println(f())
	}
	for _, f := range rangeFuncs([]string{"a", "b"}) {
		fmt.Println(f())
	}
}
