// A failed assertion from a non-empty interface names that interface.
package main

import "fmt"

type Shape interface{ Area() int }
type Square struct{ S int }
type Circle struct{ R int }

func (s *Square) Area() int { return s.S * s.S }
func (c Circle) Area() int  { return 3 * c.R * c.R }

func main() {
	var s Shape = &Square{2}
	fmt.Println(s.Area())
	c := s.(Circle)
	fmt.Println(c.R)
}
