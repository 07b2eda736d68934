// Converting a slice to an array (Go 1.20) needs at least the array's length.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	a := [2]int(s)
	fmt.Println(a)
	b := [4]int(s)
	fmt.Println(b)
}
