// Value receivers copy; pointer receivers take &x. A pointer receiver
// that leaks moves the addressable variable to the heap.
package main

import "fmt"

type Counter struct{ n int }

var registry []*Counter

func (c Counter) Get() int     { return c.n }
func (c *Counter) Inc()        { c.n++ }
func (c *Counter) Register()   { registry = append(registry, c) }
func (c *Counter) Self() *Counter { return c }

func main() {
	var a Counter
	a.Inc()
	var b Counter
	b.Register()
	var c Counter
	d := c.Self()
	d.Inc()
	fmt.Println(a.Get(), b.Get(), c.Get(), len(registry))
}
