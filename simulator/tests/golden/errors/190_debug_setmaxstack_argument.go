// debug.SetMaxStack takes an int: an int64 variable is not assignable to it.
package main

import "runtime/debug"

func main() {
	var limit int64 = 1 << 20
	debug.SetMaxStack(limit)
}
