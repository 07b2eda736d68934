package main

var sink *int

func store(p *int) {
	sink = p
}

func main() {
	x := 1
	store(&x)
}
