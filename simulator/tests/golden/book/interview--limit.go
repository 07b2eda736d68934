package main

import (
	"fmt"
	"runtime"
)

var live [][]byte

func main() {
	for i := 0; i < 10; i++ {
		live = append(live, make([]byte, 1<<20))
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("live heap:", m.HeapAlloc>>20, "MiB")
	fmt.Println("heap goal:", m.NextGC>>20, "MiB")
}
