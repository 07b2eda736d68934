// runtime/debug's export data holds its body-less setMaxStack (implemented in
// package runtime), so Go says it is not exported rather than undefined.
package main

import "runtime/debug"

func main() {
	debug.setMaxStack(1 << 20)
}
