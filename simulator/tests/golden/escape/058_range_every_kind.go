// range over slice, array, pointer to array, string, map, int and
// channel; taking the address of the per-iteration value variable.
package main

import "fmt"

var keep []*int

func ranges(s []int, a [3]int, pa *[3]int, str string, m map[string]int, c chan int) {
	for _, v := range s {
		keep = append(keep, &v)
	}
	for i, v := range a {
		if i == 0 {
			keep = append(keep, &v)
		}
	}
	for i := range pa {
		keep = append(keep, &pa[i])
	}
	for _, r := range str {
		n := int(r)
		keep = append(keep, &n)
	}
	for _, v := range m {
		keep = append(keep, &v)
	}
	for i := range 2 {
		keep = append(keep, &i)
	}
	for v := range c {
		keep = append(keep, &v)
	}
}

func main() {
	arr := [3]int{7, 8, 9}
	c := make(chan int, 1)
	c <- 5
	close(c)
	ranges([]int{1}, [3]int{4, 5, 6}, &arr, "ab", map[string]int{"k": 3}, c)
	sum := 0
	for _, p := range keep {
		sum += *p
	}
	fmt.Println(len(keep), sum)
}
