// Predict: channels.
//
// Mark every reported line with // want "..." comments (see exercise 01). A channel is
// always on the heap, and make(chan ...) gets no report. What you send through it is
// another matter: a receiver could be any goroutine, at any later time.
package main

type job struct{ id, size int }

func sendPointer(jobs chan *job, id int) {
	jobs <- &job{id: id, size: 10}
}

func sendValue(jobs chan job, id int) {
	jobs <- job{id: id, size: 20}
}

func sendAny(out chan any, n int) {
	out <- n
}

func roundTrip() int {
	c := make(chan *int, 1)
	x := 42
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
