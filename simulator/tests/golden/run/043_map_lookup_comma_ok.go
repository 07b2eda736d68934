// A lookup of a missing key gives the zero value; the comma-ok form tells a
// missing key from a stored zero.
package main

import "fmt"

type info struct {
	age  int
	tags []string
}

func main() {
	ages := map[string]int{"alice": 31, "bob": 0}
	for _, name := range []string{"alice", "bob", "carol"} {
		v, ok := ages[name]
		fmt.Printf("%-6s %2d %v\n", name, v, ok)
	}
	people := map[string]info{"x": {3, []string{"t"}}}
	p, ok := people["y"]
	fmt.Printf("%+v %v %v\n", p, ok, p.tags == nil)
	ptrs := map[int]*info{}
	q, ok := ptrs[1]
	fmt.Println(q == nil, ok)
	if _, found := ages["bob"]; found {
		fmt.Println("bob is present")
	}
}
