// Slice to array (Go 1.20) and array pointer (Go 1.17) conversions: the pointer form
// aliases the backing store (it leaks to the result), the array form copies it; len of
// the converted array is a constant.
package main

import "fmt"

var g []int

func toArr(s []int) [3]int { return [3]int(s) }

func toPtr(s []int) *[2]int { return (*[2]int)(s) }

func main() {
	s := []int{1, 2, 3, 4}
	a := toArr(s)
	p := toPtr(s)
	p[0] = 9
	fmt.Println(a, *p, s)
	var e []int
	z := (*[0]int)(e)
	fmt.Println(z == nil, len([0]int(e)))
	q := (*[1]int)(make([]int, 1))
	g = q[:]
	fmt.Println(len(g))
}
