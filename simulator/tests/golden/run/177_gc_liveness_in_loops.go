// Liveness in loops: a variable read by a later iteration stays live at every
// statement of the loop, even after its last use in the body's text. (Only its data
// pointer counts: had the body read just len(buf), Go would free the array at once.)
package main

import (
	"fmt"
	"runtime"
)

func heapMiB() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

func main() {
	buf := make([]int, 1<<19)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += len(buf) + buf[i]
		runtime.GC()
		fmt.Println("iteration", i, heapMiB(), "MiB")
	}
	runtime.GC()
	fmt.Println("after the loop:", heapMiB(), "MiB", sum)
}
