// Predict: closures.
//
// Mark every reported line with // want "..." comments (see exercise 01). A function
// literal is a value too: it "escapes to heap" or "does not escape", and the variables it
// captures may move with it.
package main

func apply(f func() int) int { // want "f does not escape"
	return f()
}

func counter() func() int {
	n := 0 // want "moved to heap: n"
	return func() int { // want "func literal escapes to heap"
		n++
		return n
	}
}

func main() {
	x := 10
	y := apply(func() int { return x * 2 }) // want "func literal does not escape"
	next := counter()
	next()
	println(y, next())
}
