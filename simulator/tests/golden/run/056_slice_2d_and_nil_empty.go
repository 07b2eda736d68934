// A two-dimensional slice built row by row; nil and empty slices both have
// length 0 and print as [], but only the nil one equals nil.
package main

import "fmt"

func main() {
	grid := make([][]int, 4)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[3]))
	var nilS []string
	empty := []string{}
	made := make([]string, 0)
	fmt.Println(nilS == nil, empty == nil, made == nil)
	fmt.Println(len(nilS), cap(nilS), nilS, empty, made)
	fmt.Printf("%v %d %q\n", nilS, len(empty), made)
	nilS = append(nilS, "now")
	fmt.Println(nilS, len(nilS))
	for i, v := range []int(nil) {
		fmt.Println("never", i, v)
	}
}
