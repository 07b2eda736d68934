// A function has no fields: types2 prints debug.SetMaxStack's type with its
// parameter name, as the export data has it.
package main

import "runtime/debug"

func main() {
	_ = debug.SetMaxStack.limit
}
