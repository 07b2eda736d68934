// Predict: new and composite literals.
//
// Mark every line `go build -gcflags='-m -l'` reports on with // want "..." comments
// (see exercise 01). `new(T)` and `&T{}` allocate exactly like a variable whose address
// is taken: on the stack unless the pointer outlives the frame.
package main

type counter struct{ n int }

var global *counter

func local() int {
	c := new(counter) // want "new(counter) does not escape"
	c.n++
	return c.n
}

func returned() *counter {
	return &counter{n: 1} // want "&counter{...} escapes to heap"
}

func stored() {
	global = &counter{n: 2} // want "&counter{...} escapes to heap"
}

func main() {
	println(local(), returned().n)
	stored()
	println(global.n)
}
