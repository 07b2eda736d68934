package main

import (
	"fmt"
	"runtime"
)

var (
	small *[32760]byte
	large *[32769]byte
	big   *[100000]byte
)

func Small() { small = new([32760]byte) }
func Large() { large = new([32769]byte) }
func Big()   { big = new([100000]byte) }

func heapBytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func main() {
	fmt.Println(" 32760 bytes take", heapBytes(Small))
	fmt.Println(" 32769 bytes take", heapBytes(Large))
	fmt.Println("100000 bytes take", heapBytes(Big))
}
