// Mostly supported code; the first unsupported construct is a generic
// helper declared at the end.
package main

import "fmt"

type Pair struct{ a, b int }

func (p Pair) Sum() int { return p.a + p.b }

func main() {
	p := Pair{1, 2}
	fmt.Println(p.Sum(), First([]string{"x"}))
}

func First[T any](xs []T) T { return xs[0] }
