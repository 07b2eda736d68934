// Predict: where does each value live?
//
// On every line where `go build -gcflags='-m -l'` reports something, write what it
// reports as a comment at the end of the line:
//
//	p := point{1, 2} // want "moved to heap: p"
//
// Several reports on one line: // want "first" "second". A line Go says nothing about
// gets no comment. Check your answer with the exercise loop; read the chapter
// "Pointers that outlive their frame" first.
package main

type point struct{ x, y int }

func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

func sum(x, y int) int {
	p := point{x, y}
	q := &p
	return q.x + q.y
}

func main() {
	a := newPoint(1, 2)
	b := sum(3, 4)
	println(a.x, b)
}
