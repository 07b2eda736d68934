// Storing addresses into a local array keeps them tracked (no escape);
// the same into a local slice goes through the backing store (escape);
// an array returned by value carries its pointers to the caller.
package main

import "fmt"

func arrayLocal() int {
	a, b := 1, 2
	arr := [2]*int{&a, &b}
	return *arr[0] + *arr[1]
}

func sliceLocal() int {
	c, d := 3, 4
	s := []*int{&c, nil}
	s[1] = &d
	return *s[0] + *s[1]
}

func arrayReturned() [2]*int {
	e := 5
	return [2]*int{&e, nil}
}

func main() {
	r := arrayReturned()
	fmt.Println(arrayLocal(), sliceLocal(), *r[0])
}
