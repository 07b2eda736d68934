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
	hook = func() int { return v }
}

func setThenChange() {
	w := 1
	hook = func() int { return w }
	w = 2
}

func changeInside() {
	n := 0
	hook = func() int { n++; return n }
}

func setArrays() {
	var a [16]int
	var b [17]int
	hook = func() int { return a[0] + b[0] }
}

func main() {
	setOnce()
	setThenChange()
	println(hook())
}
