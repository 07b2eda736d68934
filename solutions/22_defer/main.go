// Predict: defer, at the top of a function and in a loop.
//
// Mark every reported line with // want "..." comments (see exercise 01). A deferred
// call runs before its function returns, while the frame still exists, but a loop can
// defer any number of calls, and a frame has a fixed size.
package main

var total int

func add(p *int) { total += *p } // want "p does not escape"

func top() {
	a := 1
	defer add(&a)
	b := 2
	defer func() { b *= 10; add(&b) }() // want "func literal does not escape"
}

func inIf(ok bool) {
	if ok {
		c := 3
		defer add(&c)
	}
}

func loop() {
	for i := 0; i < 3; i++ {
		d := i * 100 // want "moved to heap: d"
		defer add(&d)
		defer func() { total += i * 1000 }() // want "func literal escapes to heap"
	}
}

func main() {
	top()
	inIf(true)
	loop()
	println(total)
}
