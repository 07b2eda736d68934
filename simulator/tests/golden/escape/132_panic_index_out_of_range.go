// Run-time panic: index out of range (exit status 2); the slice literal
// stays on the stack.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println("first", get(s, 0))
	fmt.Println("bad", get(s, 5))
}
