package main

import (
	"fmt"
	"runtime"
)

var bytes []*byte
var blocks []*[64]byte

func main() {
	var a, b runtime.MemStats
	bytes = make([]*byte, 1600)
	blocks = make([]*[64]byte, 100)
	runtime.GC()
	runtime.ReadMemStats(&a)
	for i := range bytes {
		bytes[i] = new(byte)
	}
	for i := range blocks {
		blocks[i] = new([64]byte)
	}
	runtime.ReadMemStats(&b)
	fmt.Println("Mallocs:    ", b.Mallocs-a.Mallocs)
	fmt.Println("Frees:      ", b.Frees-a.Frees)
	fmt.Println("HeapObjects:", b.HeapObjects-a.HeapObjects)
	fmt.Println("TotalAlloc: ", b.TotalAlloc-a.TotalAlloc)
	fmt.Println("HeapAlloc:  ", b.HeapAlloc-a.HeapAlloc)
}
