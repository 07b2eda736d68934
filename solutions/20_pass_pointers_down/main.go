// Fix the allocations: Summarize must not allocate at all
// (`memsim allocs main.go Summarize`), and the program must print exactly what it
// prints now. Read "Parameters and receivers" first.
package main

import "fmt"

type histogram struct {
	buckets [16]int
	total   int
}

var batches = [][]int{{3, 17, 4, 33}, {8, 21, 15, 2}, {40, 9, 19, 35}}

// add counts data into the histogram h points to. h does not escape, so Summarize's
// all, whose address is passed here, stays in Summarize's frame; no histogram is made
// per batch.
func (h *histogram) add(data []int) {
	for _, v := range data {
		h.buckets[v%16]++
		h.total += v
	}
}

var busiest, total int

func Summarize() {
	var all histogram
	for _, batch := range batches {
		all.add(batch)
	}
	busiest = 0
	for i, n := range all.buckets {
		if n > all.buckets[busiest] {
			busiest = i
		}
	}
	total = all.total
}

func main() {
	Summarize()
	fmt.Println(busiest, total)
}
