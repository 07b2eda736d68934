// Sending on a closed channel panics even when the buffer has room.
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	close(c)
	fmt.Println(<-c)
	c <- 2
}
