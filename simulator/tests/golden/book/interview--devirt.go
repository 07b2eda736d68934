package main

import "fmt"

type store interface{ put(p *int) }

type mem struct{ last int }

func (m *mem) put(p *int) { m.last = *p }

func main() {
	var s store = &mem{}
	x := 1
	s.put(&x)
	fmt.Println(x)
}
