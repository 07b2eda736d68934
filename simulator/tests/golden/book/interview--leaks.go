package main

import "fmt"

var saved *int

func keep(p *int) {
	saved = p
}

func keepTarget(pp **int) {
	saved = *pp
}

func read(p *int) int {
	return *p
}

func main() {
	a, b, c := 1, 2, 3
	pb := &b
	keep(&a)
	keepTarget(&pb)
	fmt.Println(read(&c), *saved)
}
