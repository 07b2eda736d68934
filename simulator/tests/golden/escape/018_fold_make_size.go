// m2
// Make sizes are folded through never-reassigned locals holding constants,
// which can push an allocation over the limit.
package main

import "fmt"

const chunk = 1 << 10

func folded() int {
	k := 8
	a := make([]byte, k)
	big := 65537
	b := make([]byte, big)
	c := make([]int, chunk)
	n := chunk * 100
	d := make([]int, 0, n)
	m := k
	e := make([]byte, m)
	return len(a) + len(b) + len(c) + cap(d) + len(e)
}

func main() {
	fmt.Println(folded())
}
