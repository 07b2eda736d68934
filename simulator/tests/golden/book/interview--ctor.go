package main

import "fmt"

type counter struct{ n int }

func newCounter() *counter {
	return &counter{}
}

var sink *counter

func Kept() {
	sink = newCounter()
}

func Local() {
	c := newCounter()
	c.n++
}

func main() {
	Kept()
	Local()
	fmt.Println(sink.n)
}
