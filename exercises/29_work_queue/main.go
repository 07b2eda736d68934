// Fix the allocations: Settle must not allocate at all (`memsim allocs main.go Settle`),
// and the program must print exactly what it prints now. Read "Writing
// allocation-friendly Go" first.
package main

import "fmt"

var payments = []int{120, 75, 300, 42, 18, 260}

// pending is work queued now and run later.
var pending []func()

var balance int

func Settle() {
	total := 0
	for _, p := range payments {
		pending = append(pending, func() { total += p })
	}
	for _, run := range pending {
		run()
	}
	pending = pending[:0]
	balance = total
}

func main() {
	Settle()
	fmt.Println(balance)
}
