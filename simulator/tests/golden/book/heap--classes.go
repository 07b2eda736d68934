package main

import (
	"fmt"
	"runtime"
)

type obj32 struct{ b [32]byte }
type obj33 struct{ b [33]byte }
type obj48 struct{ b [48]byte }
type obj49 struct{ b [49]byte }

var (
	s32 *obj32
	s33 *obj33
	s48 *obj48
	s49 *obj49
)

func Alloc32() { s32 = new(obj32) }
func Alloc33() { s33 = new(obj33) }
func Alloc48() { s48 = new(obj48) }
func Alloc49() { s49 = new(obj49) }

// heapBytes reports how many bytes of heap one call of f took.
func heapBytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func main() {
	fmt.Println("32 bytes take", heapBytes(Alloc32))
	fmt.Println("33 bytes take", heapBytes(Alloc33))
	fmt.Println("48 bytes take", heapBytes(Alloc48))
	fmt.Println("49 bytes take", heapBytes(Alloc49))
}
