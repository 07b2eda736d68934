// m2
// Go 1.22 loop variables with &i in a 3-clause loop whose body also
// modifies i: each iteration gets a fresh copy, which moves to the heap
// when its address outlives the iteration.
package main

import "fmt"

func collect() []*int {
	var ps []*int
	for i := 0; i < 6; i++ {
		ps = append(ps, &i)
		i++
	}
	return ps
}

func local() int {
	sum := 0
	for i := 0; i < 3; i++ {
		p := &i
		sum += *p
	}
	return sum
}

func main() {
	ps := collect()
	fmt.Println(len(ps), *ps[0], *ps[1], *ps[2], local())
}
