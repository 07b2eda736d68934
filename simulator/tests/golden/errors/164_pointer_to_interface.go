// A pointer to an interface is not an interface.
package main

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	var p *Shape = s
	_ = p
}
