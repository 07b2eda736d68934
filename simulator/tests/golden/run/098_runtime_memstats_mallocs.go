// runtime.ReadMemStats around a loop of escaping allocations: Mallocs grows
// by one per new(T) plus one per growslice of the global slice; nothing is freed.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	val  int
	next *node
}

var keep []*node

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		keep = append(keep, &node{val: i})
	}
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs:", after.Mallocs-before.Mallocs)
	fmt.Println("frees:", after.Frees-before.Frees)
	fmt.Println("total alloc:", after.TotalAlloc-before.TotalAlloc)
	fmt.Println("len/cap:", len(keep), cap(keep))
}
