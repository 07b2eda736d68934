// A guided tour of the escape situations a learner meets first.
// Run: memsim escape --explain simulator/examples/escape_tour.go
package main

import (
	"errors"
	"fmt"
)

// Counter is a small struct with a pointer-receiver method.
type Counter struct {
	n int
}

// Inc only reads and writes through c: the pointer does not escape.
func (c *Counter) Inc() {
	c.n++
}

// newCounter returns the address of a local: c must outlive the call,
// so it is moved to the heap.
func newCounter() *Counter {
	c := Counter{}
	return &c
}

// stackOnly takes the address of a local, but the pointer never leaves:
// the value stays in the stack frame.
func stackOnly() int {
	c := Counter{}
	p := &c
	p.Inc()
	return c.n
}

// buffers: a small constant size fits in the frame. Since Go 1.25 a size
// known only at run time may stay too (small ones use a stack buffer);
// a constant size over 64 KiB is too large for the stack.
func buffers(n int) int {
	small := make([]int, 8)
	sized := make([]int, n)
	huge := make([]int, 10000)
	return len(small) + len(sized) + len(huge)
}

// makeAdder returns a closure that captures total by reference: both the
// closure and total outlive makeAdder.
func makeAdder() func(int) int {
	total := 0
	return func(x int) int {
		total += x
		return total
	}
}

// check returns an error value built by the errors package.
func check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func main() {
	c := newCounter()
	c.Inc()
	add := makeAdder()
	add(2)
	n := stackOnly() + buffers(4) + add(3)
	// fmt.Println takes ...any: n is converted to an interface and escapes.
	fmt.Println(n, c.n, check(n))
}
