// Labelled break and continue leave or advance an outer loop; a plain break
// inside select or switch only leaves that statement.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 42}, {42, 5}} {
		for _, v := range row {
			if v == 42 {
				found = i
				break search
			}
		}
	}
	fmt.Println("found in row", found)
	c := make(chan int, 5)
	for i := 0; i < 5; i++ {
		c <- i
	}
	n := 0
loop:
	for {
		select {
		case v := <-c:
			if v == 3 {
				break loop
			}
			n += v
		default:
			break loop
		}
	}
	fmt.Println("sum before 3:", n)
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("switch", i)
		}
	}
}
