// Closing a channel twice panics.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("closed once")
	close(c)
}
