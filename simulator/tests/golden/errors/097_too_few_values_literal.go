// too few positional values in a struct literal
package main

type Point struct{ X, Y int }

func main() {
	p := Point{1}
	_ = p
}
