// asserting an interface to a type that cannot implement it
package main

type Shape interface{ Area() float64 }

type Point struct{ x, y int }

func main() {
	var s Shape
	_ = s.(Point)
}
