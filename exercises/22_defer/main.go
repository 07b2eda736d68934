// Predict: defer, at the top of a function and in a loop.
//
// Mark every reported line with // want "..." comments (see exercise 01). A deferred
// call runs before its function returns, while the frame still exists, but a loop can
// defer any number of calls, and a frame has a fixed size.
package main

var total int

func add(p *int) { total += *p }

func top() {
	a := 1
	defer add(&a)
	b := 2
	defer func() { b *= 10; add(&b) }()
}

func inIf(ok bool) {
	if ok {
		c := 3
		defer add(&c)
	}
}

func loop() {
	for i := 0; i < 3; i++ {
		d := i * 100
		defer add(&d)
		defer func() { total += i * 1000 }()
	}
}

func main() {
	top()
	inIf(true)
	loop()
	println(total)
}
