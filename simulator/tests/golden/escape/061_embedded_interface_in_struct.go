// A struct embedding an interface: calls through the embedded interface
// are dynamic, so arguments and the receiver leak.
package main

import "fmt"

type Store interface {
	Get(key string) *string
}

type mapStore struct{ m map[string]*string }

func (s mapStore) Get(key string) *string { return s.m[key] }

type Cached struct {
	Store
	hits int
}

func lookup(c *Cached, key string) string {
	if v := c.Get(key); v != nil {
		c.hits++
		return *v
	}
	return ""
}

func main() {
	val := "value"
	c := &Cached{Store: mapStore{map[string]*string{"k": &val}}}
	fmt.Println(lookup(c, "k"), lookup(c, "z"), c.hits)
}
