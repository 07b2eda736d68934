package main

var sink *int

type pair struct{ a, b *int }

func newCounter() *int {
	n := 0
	return &n
}

func keep(p *int) {
	sink = p
}

func pick(p, q *int) *int {
	return p
}

func first(pr *pair) {
	sink = pr.a
}

func read(p *int) int {
	return *p
}

func main() {
	x, y := 1, 2
	keep(&x)
	_ = pick(&y, &y)
	u, v := 3, 4
	first(&pair{&u, &v})
	w := 5
	_ = read(&w)
	_ = newCounter()
}
