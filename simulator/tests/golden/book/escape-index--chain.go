package main

var sink *int

func main() {
	x := 1
	p := &x
	q := p
	sink = q
}
