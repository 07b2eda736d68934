// A fixed-size ring buffer queue embedded as an array in a struct: the
// array lives inside the struct, no allocation beyond the struct itself.
package main

import "fmt"

const capacity = 4

type Ring struct {
	buf        [capacity]int
	head, size int
}

func (r *Ring) Enqueue(v int) bool {
	if r.size == capacity {
		return false
	}
	r.buf[(r.head+r.size)%capacity] = v
	r.size++
	return true
}

func (r *Ring) Dequeue() (int, bool) {
	if r.size == 0 {
		return 0, false
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % capacity
	r.size--
	return v, true
}

func newRing() *Ring { return &Ring{} }

func main() {
	var r Ring
	for i := range 5 {
		r.Enqueue(i)
	}
	a, _ := r.Dequeue()
	b, _ := r.Dequeue()
	h := newRing()
	h.Enqueue(42)
	c, ok := h.Dequeue()
	fmt.Println(a, b, r.size, c, ok)
}
