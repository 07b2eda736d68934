// Run-time panic: failed type assertion without ok (interface conversion).
package main

import "fmt"

type Shape interface{ Area() float64 }
type Square struct{ s float64 }
type Circle struct{ r float64 }

func (q Square) Area() float64 { return q.s * q.s }
func (c Circle) Area() float64 { return 3 * c.r * c.r }

func main() {
	var s Shape = Square{2}
	fmt.Println(s.Area())
	c := s.(Circle)
	fmt.Println(c.r)
}
