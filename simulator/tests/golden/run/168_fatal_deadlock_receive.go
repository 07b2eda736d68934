// Receiving on a channel nobody will ever send on, with no other goroutine:
// the runtime detects the deadlock.
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting forever")
	<-c
}
