// assigning a type that lacks a method to an interface
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

func main() {
	var s Shape
	s = Square{2}
	_ = s
}
