// m2
// Reassignments before the first capture do not prevent capture by value
// when the closure is created at the variable's own loop depth (even if the
// reassignment sits in an earlier loop or branch); later reassignments, or a
// closure created in a deeper loop, force capture by reference.
package main

import "fmt"

var keep []func() int

func before() {
	a := 1
	a = 2
	keep = append(keep, func() int { return a })
}

func after() {
	b := 1
	keep = append(keep, func() int { return b })
	b = 3
}

func inLoop() {
	c := 1
	for i := 0; i < 2; i++ {
		c = i
	}
	keep = append(keep, func() int { return c })
}

// declared outside the loop, reassigned and captured inside it: by reference
func loopCapture() {
	d := 0
	for i := 0; i < 2; i++ {
		d = i + 10
		keep = append(keep, func() int { return d })
	}
}

// a reassignment in a branch before the first capture is forgotten too
func branch(flag bool) {
	e := 1
	if flag {
		e = 5
	}
	keep = append(keep, func() int { return e })
}

func main() {
	before()
	after()
	inLoop()
	loopCapture()
	branch(true)
	for _, f := range keep {
		fmt.Println(f())
	}
}
