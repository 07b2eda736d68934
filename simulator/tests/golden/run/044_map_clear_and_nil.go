// clear(m) removes every entry; a nil map can be read, ranged over, and
// deleted from, has length 0, and prints as map[].
package main

import "fmt"

func main() {
	m := map[int]bool{1: true, 2: false, 3: true}
	fmt.Println(len(m), m)
	clear(m)
	fmt.Println(len(m), m, m == nil)
	m[4] = true
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"], nm)
	delete(nm, "x")
	n := 0
	for range nm {
		n++
	}
	fmt.Println("iterations over nil map:", n)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
}
