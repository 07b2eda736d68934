package main

var sink *int

func store(p *int) {
	sink = p
}

func identity(p *int) *int {
	return p
}

func first(ps []*int) {
	sink = ps[0]
}

func load(p *int) int {
	return *p
}

func main() {
	a, b, c, d, e := 1, 2, 3, 4, 5
	store(&a)
	_ = identity(&b)
	sink = identity(&c)
	first([]*int{&d})
	_ = load(&e)
}
