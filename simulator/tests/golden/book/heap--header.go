package main

import (
	"fmt"
	"runtime"
)

var (
	ints *[80]int  // 640 bytes, no pointers
	ptrs *[80]*int // 640 bytes of pointers
)

func Ints() { ints = new([80]int) }
func Ptrs() { ptrs = new([80]*int) }

func heapBytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func main() {
	fmt.Println("[80]int  takes", heapBytes(Ints))
	fmt.Println("[80]*int takes", heapBytes(Ptrs))
	ptrs[0] = &ints[0]
	fmt.Println(*ptrs[0] == 0)
}
