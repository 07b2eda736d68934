package main

import (
	"fmt"
	"runtime"
)

type buffer struct{ data [1024]byte }

var keep *buffer

func main() {
	var before, dropped, collected runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		keep = &buffer{}
	}
	keep = nil
	runtime.ReadMemStats(&dropped)
	runtime.GC()
	runtime.ReadMemStats(&collected)
	fmt.Println("allocated:", dropped.Mallocs-before.Mallocs)
	fmt.Println("freed before the GC:", dropped.Frees-before.Frees)
	fmt.Println("freed by the GC:", collected.Frees-dropped.Frees)
}
