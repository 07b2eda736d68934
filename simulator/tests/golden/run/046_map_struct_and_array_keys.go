// Struct and array values are comparable and can be map keys; equal values
// land on the same entry.
package main

import "fmt"

type coord struct{ r, c int }

func main() {
	grid := map[coord]rune{}
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if (r+c)%2 == 0 {
				grid[coord{r, c}] = '#'
			}
		}
	}
	fmt.Println(len(grid), string(grid[coord{1, 1}]), grid[coord{0, 1}] == 0)
	seen := map[[3]int]int{}
	for _, t := range [][3]int{{1, 2, 3}, {3, 2, 1}, {1, 2, 3}} {
		seen[t]++
	}
	fmt.Println(seen)
	var k any = coord{0, 0}
	ifaces := map[any]string{k: "coord", 1: "int", "1": "string"}
	fmt.Println(ifaces[coord{0, 0}], ifaces[1], ifaces["1"], len(ifaces))
}
