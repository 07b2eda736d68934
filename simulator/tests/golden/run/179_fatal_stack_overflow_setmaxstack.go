// debug.SetMaxStack lowers the stack limit: it returns the previous one (1 GB),
// and the recursion dies as soon as the stack would double past 64 KiB, with
// "goroutine stack exceeds 65536-byte limit" and "fatal error: stack overflow".
package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	return f(n+1) + int(pad[0])
}

func main() {
	old := debug.SetMaxStack(1 << 16)
	fmt.Println("previous limit:", old)
	fmt.Println("limit now:", debug.SetMaxStack(1<<16))
	fmt.Println(f(0))
}
