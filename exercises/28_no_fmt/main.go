// Fix the allocations: Label must make at most 1 allocation per call
// (`memsim allocs main.go Label`), and the program must print exactly what it prints
// now. Read "Writing allocation-friendly Go" first. (memsim's subset imports fmt, errors
// and runtime only: there is no strconv to call.)
package main

import "fmt"

var orders = []int{17, 4711, 305, 90210}

var label string

func Label() {
	s := "orders:"
	for _, id := range orders {
		s += " #" + fmt.Sprint(id)
	}
	label = s
}

func main() {
	Label()
	fmt.Println(label)
}
