package main

var sink *int

func store(p *int) {
	sink = p
}

func first(ps []*int) {
	sink = ps[0]
}

func main() {
	x, y := 1, 2
	store(&x)
	first([]*int{&y})
}
