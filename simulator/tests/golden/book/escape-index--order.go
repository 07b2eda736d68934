package main

var sink *int

func main() {
	a := 1
	sink = &a
	second()
	first()
}

func first() {
	b := 2
	sink = &b
}

func second() {
	c := 3
	sink = &c
	third()
}

func third() {
	d := 4
	sink = &d
}
