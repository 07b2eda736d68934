package main

type point struct{ x, y int }

var sink *point

func newPoint() *point {
	return &point{1, 2}
}

func Returned() {
	sink = newPoint()
}

func Local() {
	p := &point{3, 4}
	p.x++
}

func main() {
	Returned()
	Local()
}
