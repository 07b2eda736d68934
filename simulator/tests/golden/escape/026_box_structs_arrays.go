// Pointer-shaped or not: single-pointer structs and arrays are stored
// directly in the interface word; zero-sized values and larger ones differ.
package main

import "fmt"

type Wrap struct{ p *int }
type Pair struct {
	p *int
	n int
}
type Empty struct{}
type Nested struct{ w Wrap }

var sink any

func main() {
	x := 1
	sink = Wrap{&x}
	sink = Pair{&x, 1}
	sink = Empty{}
	sink = struct{}{}
	sink = Nested{Wrap{&x}}
	sink = [1]*int{&x}
	sink = [2]*int{&x, &x}
	sink = [0]int{}
	sink = [1]string{"s"}
	fmt.Println(sink)
}
