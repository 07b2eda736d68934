package main

import "fmt"

var kept *int

func keep(p *int) {
	kept = p
}

func main() {
	x := 1
	keep(&x)
	fmt.Println(*kept)
}
