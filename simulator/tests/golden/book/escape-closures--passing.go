package main

import "fmt"

var handlers []func()

func apply(f func(int) int, v int) int {
	return f(v)
}

func register(f func()) {
	handlers = append(handlers, f)
}

func each(f func(*int)) {
	x := 1
	f(&x)
}

func main() {
	total := 0
	n := apply(func(v int) int { return v + total }, 40)
	register(func() { total++ })
	each(func(p *int) { total += *p })
	for _, h := range handlers {
		h()
	}
	fmt.Println(n, total)
}
