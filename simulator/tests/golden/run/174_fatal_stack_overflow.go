// Unbounded recursion grows the stack to the 1 GB limit: the runtime prints
// "goroutine stack exceeds 1000000000-byte limit" and "fatal error: stack overflow".
package main

import "fmt"

func f(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	return f(n+1) + int(pad[0])
}

func main() {
	fmt.Println(f(0))
}
