// m2
// Compiler-generated code: equality functions for structs with interfaces, string
// arrays and large memory, wrappers of variadic and multi-result value methods,
// interface method wrappers with unnamed parameters, a method-value wrapper.
package main

type E struct {
	N int
	V any
	W error
}

func (e *E) Error() string { return "e" }

type A struct {
	Names [5]string
}

func (a *A) Error() string { return "a" }

type B struct {
	Big [10]int
	S   string
}

func (b *B) Error() string { return "b" }

type Pair struct{ x, y *int }

func (p Pair) Both() (a *int, b *int) { return p.x, p.y }
func (p Pair) All(xs ...*int) []*int { return xs }

type V interface {
	Visit(*int, []int) error
}

func f() error { return &E{} }
func g() error { return &A{} }
func h() error { return &B{} }

func main() {
	f()
	g()
	h()
	var p Pair
	fn := p.Both
	fn()
}
