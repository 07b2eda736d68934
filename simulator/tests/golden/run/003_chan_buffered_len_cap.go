// A buffered channel: sends do not block until the buffer is full; len and
// cap report the queued count and the capacity; receives come out FIFO.
package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	c <- "c"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, <-c)
	c <- "d"
	fmt.Println(len(c), <-c, <-c, len(c))
	var u chan int
	fmt.Println(len(u), cap(u), u == nil)
}
