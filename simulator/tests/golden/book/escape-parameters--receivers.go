package main

type counter struct{ n int }

var registry []*counter

func (c counter) get() int        { return c.n }
func (c *counter) inc()           { c.n++ }
func (c *counter) register()      { registry = append(registry, c) }
func (c *counter) self() *counter { return c }

type buf struct {
	data []byte
}

func (b buf) bytes() []byte   { return b.data }
func (b *buf) bytesP() []byte { return b.data }

func main() {
	var a counter
	a.inc()
	var b counter
	b.register()
	var c counter
	d := c.self()
	d.inc()
	_ = a.get() + b.get() + c.get()
}
