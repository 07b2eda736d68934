// Fix the allocations: Squares must make at most 1 allocation per call
// (`memsim allocs main.go Squares`), and the program must print exactly what it prints now.
// Read "Writing allocation-friendly Go" first.
package main

import "fmt"

var squares []int

func Squares() {
	var s []int
	for i := 0; i < 100; i++ {
		s = append(s, i*i)
	}
	squares = s
}

func main() {
	Squares()
	fmt.Println(len(squares), squares[99])
}
