// make with length and capacity: elements up to len are zeroed and visible,
// reslicing up to cap reveals more zeroed elements.
package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s))
	s = s[2:5]
	fmt.Println(s, len(s), cap(s))
	bs := make([]bool, 2)
	ss := make([]string, 2)
	ps := make([]*int, 2)
	fmt.Println(bs, ss, len(ss[0]), ps[0] == nil)
	n := 6
	dyn := make([]float64, n/2, n)
	fmt.Println(dyn, len(dyn), cap(dyn))
}
