// make with a run-time capacity smaller than the length panics with "cap
// out of range".
package main

import "fmt"

func main() {
	n := 2
	s := make([]int, 5, n)
	fmt.Println(len(s))
}
