// the same field twice in a struct literal
package main

type Point struct{ X, Y int }

func main() {
	p := Point{X: 1, X: 2}
	_ = p
}
