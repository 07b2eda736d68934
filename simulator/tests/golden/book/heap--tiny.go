package main

import (
	"fmt"
	"runtime"
)

var counters [64]*int32

func NewCounter() {
	counters[0] = new(int32)
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := range counters {
		counters[i] = new(int32) // 4 bytes, no pointers: tiny
	}
	runtime.ReadMemStats(&after)
	fmt.Println("Mallocs     +", after.Mallocs-before.Mallocs)
	fmt.Println("Frees       +", after.Frees-before.Frees)
	fmt.Println("HeapObjects +", after.HeapObjects-before.HeapObjects)
	fmt.Println("TotalAlloc  +", after.TotalAlloc-before.TotalAlloc)
}
