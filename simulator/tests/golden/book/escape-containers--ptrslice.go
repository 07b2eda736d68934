package main

type point struct{ x, y int }

var sinkLen int

func Values() {
	s := make([]point, 0, 8)
	for i := range 8 {
		s = append(s, point{i, i})
	}
	sinkLen = len(s)
}

func Pointers() {
	s := make([]*point, 0, 8)
	for i := range 8 {
		s = append(s, &point{i, i})
	}
	sinkLen = len(s)
}

func main() {
	Values()
	Pointers()
}
