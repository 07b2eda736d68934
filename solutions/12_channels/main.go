// Predict: channels.
//
// Mark every reported line with // want "..." comments (see exercise 01). A channel is
// always on the heap, and make(chan ...) gets no report. What you send through it is
// another matter: a receiver could be any goroutine, at any later time.
package main

type job struct{ id, size int }

func sendPointer(jobs chan *job, id int) { // want "jobs does not escape"
	jobs <- &job{id: id, size: 10} // want "&job{...} escapes to heap"
}

func sendValue(jobs chan job, id int) { // want "jobs does not escape"
	jobs <- job{id: id, size: 20}
}

func sendAny(out chan any, n int) { // want "out does not escape"
	out <- n // want "n escapes to heap"
}

func roundTrip() int {
	c := make(chan *int, 1)
	x := 42 // want "moved to heap: x"
	c <- &x
	p := <-c
	return *p
}

func main() {
	ptrs := make(chan *job, 1)
	sendPointer(ptrs, 1)
	vals := make(chan job, 1)
	sendValue(vals, 2)
	anys := make(chan any, 1)
	sendAny(anys, 1000)
	println((<-ptrs).size, (<-vals).size, roundTrip(), (<-anys).(int))
}
