package main

import (
	"fmt"
	"runtime"
)

var header []byte

func load() []byte {
	return make([]byte, 1<<20) // a 1 MiB file read into memory
}

func main() {
	data := load()
	header = data[:16] // keeps the whole 1 MiB array reachable
	runtime.GC()
	fmt.Println(len(header), cap(header))
}
