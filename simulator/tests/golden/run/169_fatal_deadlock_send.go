// Sending on an unbuffered channel without a receiver deadlocks, as does
// overfilling a buffered channel.
package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	fmt.Println("buffer full")
	c <- 3
}
