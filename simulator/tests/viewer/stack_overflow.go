package main

import (
	"fmt"
	"runtime/debug"
)

func down(n int) int {
	var buf [400]byte
	buf[0] = byte(n)
	return down(n+1) + int(buf[0])
}

func main() {
	old := debug.SetMaxStack(8 << 10)
	fmt.Println("the limit was", old, "bytes")
	down(1)
}
