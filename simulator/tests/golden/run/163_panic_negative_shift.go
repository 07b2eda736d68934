// Shifting by a negative signed run-time amount panics.
package main

import "fmt"

func main() {
	x := 1
	for _, s := range []int{3, 0, -2} {
		fmt.Println(x << s)
	}
}
