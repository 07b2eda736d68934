// Predict: values too large for the stack.
//
// Mark every reported line with // want "..." comments (see exercise 01). Some values go
// to the heap because of their size alone, not because of where they flow.
package main

func smallArray() int {
	var a [1024]int
	a[3] = 3
	return a[3]
}

func bigArray() int {
	var a [20000]int // want "moved to heap: a"
	a[3] = 3
	return a[3]
}

func bigNew() int {
	p := new([10000]int) // want "new([10000]int) escapes to heap"
	p[1] = 1
	return p[1]
}

func main() {
	println(smallArray(), bigArray(), bigNew())
}
