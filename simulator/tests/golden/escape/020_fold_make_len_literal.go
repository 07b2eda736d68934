// make([]T, len(x)): folded to a constant when x is a never-reassigned
// slice literal or an array (len is constant); not when x is reassigned,
// and (surprisingly) not for len of a never-reassigned string local.
package main

import "fmt"

func lens() int {
	lit := []int{1, 2, 3}
	a := make([]int, len(lit))
	var arr [5]int
	b := make([]int, len(arr))
	re := []int{1}
	re = append(re, 2)
	c := make([]int, len(re))
	str := "hello"
	d := make([]byte, len(str))
	big := [70000]byte{}
	e := make([]byte, len(big))
	return len(a) + len(b) + len(c) + len(d) + len(e)
}

func main() {
	fmt.Println(lens())
}
