// An interface value that stays local keeps its box on the stack; boxing
// for a call argument, a return value, a composite element and a channel send.
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func area(s Shape) int { return s.Area() }

func asShape(w, h int) Shape { return Rect{w, h} }

func main() {
	r := Rect{2, 3}
	var s Shape = r
	n := s.Area()
	n += area(Rect{4, 5})
	n += asShape(1, 1).Area()
	shapes := []Shape{Rect{1, 2}, Rect{3, 4}}
	for _, sh := range shapes {
		n += sh.Area()
	}
	ch := make(chan Shape, 1)
	ch <- Rect{5, 5}
	n += (<-ch).Area()
	fmt.Println(n)
}
