// Interface method calls dispatch on the dynamic type; a slice of shapes
// holding values and pointers; method sets decide what satisfies the interface.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (s Square) Area() float64  { return s.S * s.S }
func (s Square) Name() string   { return "square" }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{4}, &Rect{1, 1}}
	for i, s := range shapes {
		fmt.Printf("%d %-6s %6.2f %T\n", i, s.Name(), s.Area(), s)
	}
	fmt.Println("total", total(shapes))
}
