package main

type shape interface {
	area() int
}

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

type rect struct{ w, h int }

func (r *rect) area() int { return r.w * r.h }

func areaOf(s shape) int {
	return s.area()
}

func known() int {
	var s shape = square{2}
	return s.area()
}

func main() {
	q := square{3}
	r := rect{2, 5}
	_ = areaOf(q)
	_ = areaOf(&r)
	_ = known()
}
