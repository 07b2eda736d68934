// a struct literal naming a field that does not exist
package main

type Point struct{ X, Y int }

func main() {
	p := Point{X: 1, Z: 2}
	_ = p
}
