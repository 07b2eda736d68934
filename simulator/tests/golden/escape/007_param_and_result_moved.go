// Parameters and named results whose own address escapes are
// "moved to heap" (and get no leak line).
package main

import "fmt"

var keep []*int

func paramAddr(n int) *int {
	return &n
}

func resultAddr() (r int) {
	keep = append(keep, &r)
	r = 5
	return
}

func ptrParamAddr(p *string) **string {
	return &p
}

func main() {
	s := "hello"
	fmt.Println(*paramAddr(3), resultAddr(), **ptrParamAddr(&s))
}
