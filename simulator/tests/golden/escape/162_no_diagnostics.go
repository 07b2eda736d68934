// A program for which Go prints no diagnostic at all (empty .escape):
// only scalars, value structs and arrays, pointers that stay local, and the
// print/println builtins (which write to stderr; stdout stays empty).
package main

type Vec struct{ X, Y int }

func (v Vec) Add(w Vec) Vec { return Vec{v.X + w.X, v.Y + w.Y} }

func sum(a [4]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	v := Vec{1, 2}.Add(Vec{3, 4})
	n := 5
	p := &n
	*p += sum([4]int{1, 2, 3, 4})
	println(v.X, v.Y, n)
}
