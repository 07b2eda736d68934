package main

import "fmt"

type counter struct{ n int }

var registry []*counter

func (c *counter) inc() {
	c.n++
}

func (c *counter) register() {
	registry = append(registry, c)
}

func main() {
	a := counter{}
	a.inc()
	b := counter{}
	b.register()
	fmt.Println(a.n, len(registry))
}
