// Slicing a slice beyond its capacity: the message names the high bound and
// the capacity.
package main

import "fmt"

func main() {
	s := make([]int, 3, 4)
	j := 4
	fmt.Println(len(s[1:j]))
	j++
	fmt.Println(s[1:j])
}
