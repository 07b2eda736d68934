package main

var sink *int

func main() {
	a := 1
	p := &a
	pp := &p
	sink = *pp
}
