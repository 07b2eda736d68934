// Values that stay on the stack cost no mallocs; the same work with an
// escaping pointer costs one malloc per iteration (measured with ReadMemStats).
package main

import (
	"fmt"
	"runtime"
)

type vec struct{ x, y, z float64 }

var sink *vec

func onStack(n int) float64 {
	t := 0.0
	for i := 0; i < n; i++ {
		v := &vec{float64(i), 1, 2}
		t += v.x + v.y + v.z
	}
	return t
}

func onHeap(n int) float64 {
	t := 0.0
	for i := 0; i < n; i++ {
		v := &vec{float64(i), 1, 2}
		sink = v
		t += v.x
	}
	return t
}

func mallocs(f func(int) float64, n int) (uint64, float64) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	r := f(n)
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs, r
}

func main() {
	runtime.GC()
	m1, r1 := mallocs(onStack, 1000)
	m2, r2 := mallocs(onHeap, 1000)
	fmt.Println("stack:", m1, r1)
	fmt.Println("heap:", m2, r2)
}
