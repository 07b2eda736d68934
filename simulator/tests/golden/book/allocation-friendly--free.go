package main

import "fmt"

type point struct{ x, y int }

var counts = map[string]int{"GET": 0, "PUT": 0}
var method = []byte("GET")
var total int

func dist(p *point) int { return p.x*p.x + p.y*p.y }

func Lookup() {
	p := &point{3, 4} // a pointer that stays in the frame
	total += dist(p)  // passed down to a function that keeps nothing
	var v any = 42    // a value boxed in an interface that does not escape
	total += v.(int)
	total += counts[string(method)] // a map lookup with a converted key
	if string(method) == "GET" {    // a comparison with a converted string
		total++
	}
}

func Increment() {
	counts[string(method)]++ // a map store: the key may be kept
}

func main() {
	Lookup()
	Increment()
	fmt.Println(total, counts["GET"])
}
