// Getting a concrete value out of an interface needs a type assertion.
package main

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func main() {
	var s Shape = Square{2}
	var sq Square = s
	_ = sq
}
