// Fix the allocations: Index must make at most 4 allocations per call
// (`memsim allocs main.go Index`), and the program must print exactly what it prints
// now. Read "Writing allocation-friendly Go" first.
package main

import "fmt"

// positions maps each code, 1000+7*i, to its index i.
var positions map[int]int

func Index() {
	m := make(map[int]int)
	for i := 0; i < 120; i++ {
		m[1000+7*i] = i
	}
	positions = m
}

func main() {
	Index()
	fmt.Println(len(positions), positions[1000], positions[1833])
}
