// Map values that are slices or structs with pointers: appending to a
// map entry, struct values read back from a map, range over a map.
package main

import "fmt"

type Entry struct {
	Name string
	Tags []string
}

func group(words []string) map[byte][]string {
	g := map[byte][]string{}
	for _, w := range words {
		g[w[0]] = append(g[w[0]], w)
	}
	return g
}

func names(m map[int]Entry) int {
	total := 0
	for k, e := range m {
		total += k + len(e.Name) + len(e.Tags)
	}
	return total
}

func main() {
	g := group([]string{"ant", "bee", "ape"})
	m := map[int]Entry{1: {"x", []string{"t"}}}
	fmt.Println(len(g['a']), len(g['b']), names(m))
}
