package main

import (
	"fmt"
	"runtime"
)

var header []byte

func load() []byte {
	return make([]byte, 1<<20)
}

func keepPrefix() {
	header = load()[:16]
}

func copyPrefix() {
	header = append([]byte(nil), load()[:16]...)
}

func liveMiB() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 20
}

func main() {
	base := liveMiB()
	keepPrefix()
	fmt.Println("a 16-byte slice of it keeps alive:", liveMiB()-base, "MiB")
	copyPrefix()
	fmt.Println("a 16-byte copy of it keeps alive: ", liveMiB()-base, "MiB")
}
