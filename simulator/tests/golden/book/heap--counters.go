package main

import (
	"fmt"
	"runtime"
)

type pair struct{ a, b *int }

var keep *pair

func main() {
	var m0, m1, m2 runtime.MemStats
	runtime.GC() // start from a clean heap
	runtime.ReadMemStats(&m0)
	for i := 0; i < 1000; i++ {
		keep = &pair{} // 16 bytes; only the last one stays reachable
	}
	runtime.ReadMemStats(&m1)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println("after the loop: Mallocs +", m1.Mallocs-m0.Mallocs,
		" TotalAlloc +", m1.TotalAlloc-m0.TotalAlloc,
		" HeapObjects +", m1.HeapObjects-m0.HeapObjects)
	fmt.Println("after the GC:   Frees +", m2.Frees-m1.Frees,
		" NumGC +", m2.NumGC-m1.NumGC)
}
