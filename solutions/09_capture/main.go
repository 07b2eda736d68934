// Predict: capture by value or by reference.
//
// Mark every reported line with // want "..." comments (see exercise 01). -m does not
// say how a closure captures a variable, only where things end up: an escaping closure
// takes its by-value copies to the heap inside itself, and the variables it captures by
// reference must move to the heap.
package main

var hook func() int

func setOnce() {
	v := 10
	v += 5
	hook = func() int { return v } // want "func literal escapes to heap"
}

func setThenChange() {
	w := 1 // want "moved to heap: w"
	hook = func() int { return w } // want "func literal escapes to heap"
	w = 2
}

func changeInside() {
	n := 0 // want "moved to heap: n"
	hook = func() int { n++; return n } // want "func literal escapes to heap"
}

func setArrays() {
	var a [16]int
	var b [17]int // want "moved to heap: b"
	hook = func() int { return a[0] + b[0] } // want "func literal escapes to heap"
}

func main() {
	setOnce()
	setThenChange()
	println(hook())
}
