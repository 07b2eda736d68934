package main

type counter struct{ n int }

func (c *counter) inc()    { c.n++ }
func (c counter) get() int { return c.n }

var (
	shared   counter
	saved    func()
	savedGet func() int
	sinkInt  int
)

func BoundLocal() {
	var c counter
	get := c.get
	sinkInt = get()
}

func BoundValue() {
	c := counter{n: sinkInt}
	savedGet = c.get
}

func BoundPointer() {
	var d counter
	saved = d.inc
}

func BoundGlobal() {
	saved = shared.inc
}

func main() {}
