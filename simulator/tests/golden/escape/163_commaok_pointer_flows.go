// m2
// Comma-ok forms assigning pointers: the value from a type assertion flows
// on (assign-pair-dot-type); map reads and receives carry no flow, so the
// map and channel parameters do not leak even though the values are stored.
package main

import "fmt"

var gp *int

func fromIface(x any) bool {
	p, ok := x.(*int)
	if ok {
		gp = p
	}
	return ok
}

func fromMap(m map[string]*int) bool {
	p, ok := m["k"]
	if ok {
		gp = p
	}
	return ok
}

func fromChan(c chan *int) bool {
	p, ok := <-c
	if ok {
		gp = p
	}
	return ok
}

func main() {
	a, b, c := 1, 2, 3
	ch := make(chan *int, 1)
	ch <- &c
	fmt.Println(fromIface(&a), fromMap(map[string]*int{"k": &b}), fromChan(ch), *gp)
}
