// Structs and arrays of comparable fields compare with ==, field by field;
// anonymous structs with identical fields are assignable to each other.
package main

import "fmt"

type point struct{ x, y int }
type labelled struct {
	p    point
	name string
	ok   bool
}

func main() {
	a := labelled{point{1, 2}, "a", true}
	b := labelled{point{1, 2}, "a", true}
	fmt.Println(a == b, a != b)
	b.p.y = 3
	fmt.Println(a == b)
	fmt.Println([3]int{1, 2, 3} == [3]int{1, 2, 3}, [2]string{"a"} == [2]string{"a", ""})
	anon := struct{ x, y int }{1, 2}
	var p point = anon
	fmt.Println(p == point{1, 2}, p)
	var zero labelled
	fmt.Println(zero == labelled{}, zero)
	fmt.Printf("%+v\n", zero)
}
