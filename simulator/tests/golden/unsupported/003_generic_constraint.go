// A constraint interface with a type set (~int | ~float64), used by a
// generic function.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[N Number](xs ...N) N {
	var t N
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5))
}
