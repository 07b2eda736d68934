package main

import (
	"fmt"
	"runtime"
)

var live [][]byte
var scratch []byte

func main() {
	for i := 0; i < 4; i++ {
		live = append(live, make([]byte, 1<<20))
	}
	for i := 0; i < 3000; i++ {
		scratch = make([]byte, 1024)
	}
	runtime.GC()
	fmt.Println(len(live))
}
