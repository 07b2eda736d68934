package main

import "fmt"

type sink interface{ put(p *int) }

type nop struct{}

func (nop) put(p *int) {}

var global *int
var list []*int
var out sink = nop{}
var done = make(chan bool)

func returned() *int {
	a := 1
	return &a
}

func stored() {
	b := 2
	global = &b
}

func keep(p *int) { global = p }

func keepTarget(pp **int) { global = *pp }

func first(p *int) *int { return p }

func passed() {
	c := 3
	keep(&c)
	d := 4
	out.put(&d)
}

func appended() {
	e := 5
	list = append(list, &e)
}

func sent(ch chan *int) {
	f := 6
	ch <- &f
}

func loop() *int {
	var last *int
	for i := 0; i < 3; i++ {
		g := i
		last = &g
	}
	return last
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func started() {
	h := 7
	go func() {
		h++
		done <- true
	}()
	<-done
}

func local() int {
	k := 8
	return *first(&k)
}

func main() {
	ch := make(chan *int, 1)
	sent(ch)
	stored()
	passed()
	appended()
	started()
	next := counter()
	fmt.Println(*returned(), *loop(), next(), local())
}
