// m2
// Slicing: 2- and 3-index slices of slices (level-0 flow), of local arrays
// (takes &arr: the array moves if the slice escapes), of *[N]T, of strings.
package main

import "fmt"

var keep []int

func sub(s []int) []int         { return s[1:3] }
func full(s []int) []int        { return s[1:2:3] }
func ofArrPtr(p *[4]int) []int  { return p[1:] }
func tail(s string) string      { return s[1:] }

func fromArray() []int {
	var arr [4]int
	arr[1] = 7
	return arr[:]
}

func localArray() int {
	arr := [4]int{1, 2, 3, 4}
	s := arr[1:3]
	return len(s) + s[0]
}

func main() {
	a := [4]int{5, 6, 7, 8}
	keep = ofArrPtr(&a)
	s := []int{1, 2, 3, 4}
	fmt.Println(sub(s), full(s), len(keep), tail("xyz"), fromArray()[1], localArray())
}
