package main

import (
	"fmt"
	"runtime"
)

type node struct {
	peer *node
	data [64]byte
}

var root *node

func makePair() {
	a, b := &node{}, &node{}
	a.peer, b.peer = b, a
	root = a
}

func main() {
	var before, after runtime.MemStats
	makePair()
	runtime.GC()
	runtime.ReadMemStats(&before)
	root = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("freed:", after.Frees-before.Frees)
}
