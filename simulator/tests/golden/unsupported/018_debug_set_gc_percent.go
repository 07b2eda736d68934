// runtime/debug is imported for SetMaxStack only; SetGCPercent is outside the subset.
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetGCPercent(50))
}
