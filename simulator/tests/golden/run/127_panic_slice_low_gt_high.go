// s[i:j] with i > j panics with the inverted bounds.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i, j := 2, 1
	fmt.Println(s[i:j])
}
