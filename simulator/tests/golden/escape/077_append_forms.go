// m2
// append: the backing store is its own location ("append"), reported
// after the arguments; appended pointers always escape; append to a
// slice that is returned, stored, or kept local.
package main

import "fmt"

var global []string

func local() int {
	var s []int
	for i := range 4 {
		s = append(s, i)
	}
	return len(s)
}

func returned(n int) []int {
	var out []int
	for i := range n {
		out = append(out, i*i)
	}
	return out
}

func stored(name string) {
	global = append(global, name)
}

func pointers() int {
	x, y := 1, 2
	ps := []*int{}
	ps = append(ps, &x, &y)
	return *ps[0] + *ps[1]
}

func main() {
	stored("g")
	fmt.Println(local(), returned(3), global, pointers())
}
