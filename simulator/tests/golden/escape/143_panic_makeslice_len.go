// Run-time panic: makeslice with a negative length computed at run time
// (the non-constant make itself does not escape).
package main

import "fmt"

func buffer(n int) int {
	b := make([]byte, n)
	return len(b)
}

func main() {
	fmt.Println(buffer(4))
	fmt.Println(buffer(2 - 5))
}
