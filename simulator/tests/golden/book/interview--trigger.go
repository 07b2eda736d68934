package main

import (
	"fmt"
	"runtime"
)

var live [][]byte

func main() {
	for i := 0; i < 6; i++ {
		live = append(live, make([]byte, 1<<20))
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("collections so far:", m.NumGC)
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("after runtime.GC():", m.NumGC, "forced:", m.NumForcedGC)
}
