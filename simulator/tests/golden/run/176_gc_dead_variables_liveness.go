// Liveness: after its last use a local variable is no root. runtime.GC() frees what
// only a dead variable still points to, while a variable used later keeps its object.
package main

import (
	"fmt"
	"runtime"
)

var sink int

func heapMiB() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

func main() {
	big := make([]byte, 4<<20)
	big[0] = 1
	sink = int(big[0])
	runtime.GC()
	fmt.Println("big used before the GC only:", heapMiB(), "MiB")

	kept := make([]byte, 4<<20)
	runtime.GC()
	fmt.Println("kept used after the GC:", heapMiB(), "MiB")
	kept[1] = 2
	sink += int(kept[1])

	ptrs := make([]*[1 << 16]int, 8)
	for i := range ptrs {
		ptrs[i] = new([1 << 16]int)
	}
	total := 0
	for _, p := range ptrs {
		total += len(p)
	}
	ptrs = nil
	runtime.GC()
	fmt.Println("range variable after its loop:", heapMiB(), "MiB", total)
}
