// Anonymous struct types: values, pointers to them, slices of them, as
// parameters; their type spelling in diagnostics.
package main

import "fmt"

var cfg *struct {
	Name string
	Port int
}

func set(c *struct {
	Name string
	Port int
}) {
	cfg = c
}

func main() {
	c := struct {
		Name string
		Port int
	}{"srv", 80}
	set(&c)
	rows := []struct {
		k string
		v *int
	}{{"a", nil}}
	p := &struct{ ok bool }{true}
	fmt.Println(cfg.Name, len(rows), p.ok)
}
