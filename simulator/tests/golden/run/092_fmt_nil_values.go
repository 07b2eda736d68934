// How fmt prints nil values: nil interface <nil>, nil pointer <nil>, nil
// slice [], nil map map[], nil error <nil>, nil func and chan <nil>.
package main

import "fmt"

type T struct {
	A []int
	M map[string]int
	P *int
	E error
	F func()
}

// a variable format string: go vet would reject %s for an []int
var sliceVerbs = "%d %s %+v\n"

func main() {
	var i any
	var p *int
	var s []int
	var m map[string]bool
	var e error
	var f func()
	var c chan int
	var fa any = f
	fmt.Println(i, p, s, m, e, fa, c)
	fmt.Printf("%v %v %v %v %v\n", i, p, s, m, e)
	fmt.Printf(sliceVerbs, s, s, m)
	fmt.Printf("%s|%d|%q\n", i, i, e)
	var t T
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("[%5v][%-5v]\n", nil, nil)
}
