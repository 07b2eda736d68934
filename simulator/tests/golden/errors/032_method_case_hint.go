// wrong capitalisation of a method gets a hint
package main

type Conn struct{}

func (c *Conn) Close() {}

func main() {
	c := &Conn{}
	c.close()
}
