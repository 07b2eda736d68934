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

func newHistogram(data []int) *histogram {
	var h histogram
	for _, v := range data {
		h.buckets[v%16]++
		h.total += v
	}
	return &h
}

var busiest, total int

func Summarize() {
	var all histogram
	for _, batch := range batches {
		h := newHistogram(batch)
		for i, n := range h.buckets {
			all.buckets[i] += n
		}
		all.total += h.total
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
