// runtime/debug has no SetMaxStackSize: an undefined name of an imported package.
package main

import "runtime/debug"

func main() {
	debug.SetMaxStackSize(1 << 20)
}
