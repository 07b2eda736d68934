// Run-time panic: assignment to entry in nil map. A declared-but-never-made
// map has no backing store.
package main

import "fmt"

type Registry struct {
	byName map[string]*int
}

func (r *Registry) Add(name string, v *int) { r.byName[name] = v }

func main() {
	var r Registry
	n := 1
	fmt.Println("adding")
	r.Add("one", &n)
	fmt.Println("unreachable")
}
