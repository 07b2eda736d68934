// Fatal error: all goroutines are asleep - deadlock! (unbuffered send with
// no receiver). Exit status 2, not recoverable.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending")
	ch <- 1
	fmt.Println("never")
}
