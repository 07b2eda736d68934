package main

import "fmt"

type point struct{ x, y int }

var sink *point
var calls int

func Escapes() {
	sink = &point{1, 2}
}

func Stays() {
	p := &point{1, 2}
	calls += p.x + p.y
}

func EveryOtherCall() {
	calls++
	if calls%2 == 0 {
		sink = &point{3, 4}
	}
}

func main() {
	Escapes()
	Stays()
	EveryOtherCall()
	fmt.Println(sink.x, calls)
}
