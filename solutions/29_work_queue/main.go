// Fix the allocations: Settle must not allocate at all (`memsim allocs main.go Settle`),
// and the program must print exactly what it prints now. Read "Writing
// allocation-friendly Go" first.
package main

import "fmt"

var payments = []int{120, 75, 300, 42, 18, 260}

// pending is work queued now and run later: the data each closure captured, instead
// of the closures. Appending an int allocates nothing once the slice has grown.
var pending []int

var balance int

func Settle() {
	total := 0
	for _, p := range payments {
		pending = append(pending, p)
	}
	for _, p := range pending {
		total += p
	}
	pending = pending[:0]
	balance = total
}

func main() {
	Settle()
	fmt.Println(balance)
}
