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
	header = append([]byte(nil), data[:16]...) // a copy of the 16 bytes
	runtime.GC()
	fmt.Println(len(header), cap(header))
}
