package main

import "runtime/debug"

// debug.SetMaxStack only changes the runtime's limit: setting it, recursing under it and
// restoring it allocates nothing.

var result int

func depth(n int) int {
	var pad [16]byte
	pad[n%16] = 1
	if n == 0 {
		return 0
	}
	return depth(n-1) + int(pad[n%16])
}

func SetAndRestore() {
	old := debug.SetMaxStack(1 << 20)
	result = depth(200)
	debug.SetMaxStack(old)
}

func main() {
	SetAndRestore()
}
