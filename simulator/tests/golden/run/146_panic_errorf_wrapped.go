// panic with a wrapped fmt.Errorf error prints the whole message.
package main

import "fmt"

func main() {
	inner := fmt.Errorf("inner %d", 1)
	panic(fmt.Errorf("wrapped: %w", inner))
}
