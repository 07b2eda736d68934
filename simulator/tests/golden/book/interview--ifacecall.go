package main

import "fmt"

type store interface{ put(p *int) }

type mem struct{ last int }

func (m *mem) put(p *int) { m.last = *p }

func viaInterface(s store) {
	x := 1
	s.put(&x)
}

func direct(m *mem) {
	y := 2
	m.put(&y)
}

func main() {
	m := &mem{}
	viaInterface(m)
	direct(m)
	fmt.Println(m.last)
}
