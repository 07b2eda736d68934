// spreading a []int into ...any
package main

import "fmt"

func main() {
	xs := []int{1, 2}
	fmt.Println(xs...)
}
