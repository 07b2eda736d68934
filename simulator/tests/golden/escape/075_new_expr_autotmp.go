// Go 1.26 new(expr): lowered to a temporary, so an escaping new(expr)
// reports "moved to heap: .autotmp_N" (N = index in the function's
// declaration list); a non-escaping one prints nothing.
package main

import "fmt"

type Opt struct {
	Name *string
	Size *int
}

var defaults []*int

func build(name string, size int) Opt {
	defaults = append(defaults, new(size*2))
	return Opt{Name: new(name), Size: new(size)}
}

func local(n int) int {
	p := new(n + 1)
	return *p
}

func main() {
	o := build("x", 3)
	fmt.Println(*o.Name, *o.Size, *defaults[0], local(4))
}
