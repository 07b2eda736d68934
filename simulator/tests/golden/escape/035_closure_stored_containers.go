// Closures stored in a struct field, a map, a slice and a global all
// escape; the captured variables they reassign move to the heap.
package main

import "fmt"

type Handler struct {
	name string
	run  func() int
}

var global func() int

func build() (Handler, map[string]func() int, []func() int) {
	n := 0
	h := Handler{name: "inc", run: func() int { n++; return n }}
	m := map[string]func() int{"twice": func() int { return 2 * n }}
	s := []func() int{func() int { return n + 100 }}
	k := 7
	global = func() int { return k }
	return h, m, s
}

func main() {
	h, m, s := build()
	h.run()
	fmt.Println(h.name, h.run(), m["twice"](), s[0](), global())
}
