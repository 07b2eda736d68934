// TotalAlloc counts the size-class-rounded bytes: a 1 MiB large object adds
// exactly 1 MiB; 100-byte objects round up to 112; tiny pointer-free objects
// count one malloc each although they share 16-byte blocks.
package main

import (
	"fmt"
	"runtime"
)

var (
	big   []byte
	small [][]byte
	tiny  []*int32
)

func delta(f func()) (uint64, uint64) {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs, b.TotalAlloc - a.TotalAlloc
}

func main() {
	small = make([][]byte, 0, 10)
	tiny = make([]*int32, 0, 16)
	m1, b1 := delta(func() { big = make([]byte, 1<<20) })
	m2, b2 := delta(func() {
		for i := 0; i < 10; i++ {
			small = append(small, make([]byte, 100))
		}
	})
	m3, b3 := delta(func() {
		for i := 0; i < 16; i++ {
			tiny = append(tiny, new(int32))
		}
	})
	fmt.Println("large:", m1, b1)
	fmt.Println("small:", m2, b2)
	fmt.Println("tiny:", m3, b3)
}
