package main

var sink *int

type box struct{ v *int }

func named(p *int) (r *int) {
	r = p
	return
}

func swap(a, b *int) (*int, *int) { return b, a }

func both(p *int) (x, y *int) { return p, p }

func field(b *box) *int { return b.v }

func published(pp **int) *int {
	sink = *pp
	return *pp
}

func main() {
	n := 1
	bx := box{&n}
	sink = field(&bx)
}
