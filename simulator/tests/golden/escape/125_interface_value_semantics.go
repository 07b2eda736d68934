// Storing a struct value in an interface copies it (boxing); storing a
// pointer shares it. Mutations through the interface differ.
package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type ValC struct{ n int }

func (c ValC) Inc()     { c.n++ }
func (c ValC) Get() int { return c.n }

type PtrC struct{ n int }

func (c *PtrC) Inc()     { c.n++ }
func (c *PtrC) Get() int { return c.n }

func bump(c Counter) int {
	c.Inc()
	c.Inc()
	return c.Get()
}

func main() {
	v := ValC{}
	p := PtrC{}
	fmt.Println(bump(v), v.n, bump(&p), p.n)
}
