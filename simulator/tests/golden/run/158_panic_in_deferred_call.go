// A deferred call that panics while another panic is unwinding: both
// panics are reported, the first on the first line.
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
