// A value receiver works on a copy, a pointer receiver on the original; Go
// takes &v automatically for addressable values and *p for pointers.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPtr()     { c.n++ }
func (c Counter) Get() int     { return c.n }
func (c *Counter) Reset(n int) { c.n = n }

func main() {
	var c Counter
	c.IncValue()
	fmt.Println("after IncValue:", c.Get())
	c.IncPtr()
	c.IncPtr()
	fmt.Println("after 2x IncPtr:", c.Get())
	p := &c
	p.IncValue()
	p.IncPtr()
	fmt.Println("through pointer:", p.Get(), c.n)
	cs := []Counter{{1}, {2}}
	for _, x := range cs {
		x.IncPtr()
	}
	fmt.Println("range copies:", cs)
	for i := range cs {
		cs[i].IncPtr()
	}
	fmt.Println("by index:", cs)
	p.Reset(7)
	fmt.Println(c)
}
