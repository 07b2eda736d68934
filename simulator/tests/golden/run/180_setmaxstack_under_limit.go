// A limit that is not a power of two: stacks are powers of two, so with a limit
// of 40000 bytes a goroutine's stack may grow to 32 KiB and no further. A
// recursion that fits in 32 KiB runs to its end; the old limit is restored.
package main

import (
	"fmt"
	"runtime/debug"
)

func sum(n int) int {
	var pad [32]byte
	pad[n%32] = 1
	if n == 0 {
		return 0
	}
	return sum(n-1) + int(pad[n%32])
}

func main() {
	old := debug.SetMaxStack(40000)
	fmt.Println(sum(100))
	fmt.Println(debug.SetMaxStack(old))
	fmt.Println(debug.SetMaxStack(old))
	fmt.Println(sum(1000))
}
