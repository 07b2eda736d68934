// calling a pointer method on a non-addressable map element
package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	m := map[string]Counter{}
	m["a"].Inc()
}
