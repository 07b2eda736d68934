// m2
// Taking the address of a field or array element of a local takes the
// address of the whole variable: if it escapes, the variable moves.
package main

import "fmt"

type Inner struct{ n int }

type Outer struct {
	in  Inner
	arr [4]int
}

func fieldAddr() *Inner {
	var o Outer
	o.in.n = 7
	return &o.in
}

func elemAddr() *int {
	var o Outer
	o.arr[2] = 9
	return &o.arr[2]
}

func paramField(o *Outer) *int { return &o.in.n }

func sliceElem(s []Inner) *Inner { return &s[1] }

func main() {
	o := Outer{}
	fmt.Println(fieldAddr().n, *elemAddr(), *paramField(&o), sliceElem([]Inner{{1}, {2}}).n)
}
