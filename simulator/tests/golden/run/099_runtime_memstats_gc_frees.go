// Dropping the only reference and running runtime.GC frees the objects:
// Frees grows by the 500 objects plus the slice that held them. (HeapObjects
// after the GC is not printed: real Go's value varies from run to run.)
package main

import (
	"fmt"
	"runtime"
)

type blob struct{ data [64]byte }

var keep []*blob

func main() {
	var s0, s1, s2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&s0)
	keep = make([]*blob, 500)
	for i := range keep {
		keep[i] = &blob{}
	}
	runtime.ReadMemStats(&s1)
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&s2)
	fmt.Println("allocated objects:", s1.Mallocs-s0.Mallocs)
	fmt.Println("bytes:", s1.TotalAlloc-s0.TotalAlloc)
	fmt.Println("live objects before GC:", int64(s1.HeapObjects)-int64(s0.HeapObjects))
	fmt.Println("freed by GC:", s2.Frees-s1.Frees)
}
