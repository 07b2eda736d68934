package main

import "fmt"

var s []int

func main() {
	last := -1
	for i := 0; i < 1000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
}
