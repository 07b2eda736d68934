// range over a channel stops once the channel is closed and drained; values
// buffered before close are still delivered.
package main

import "fmt"

func main() {
	c := make(chan int, 10)
	for i := 0; i < 5; i++ {
		c <- i * 10
	}
	close(c)
	fmt.Println("closed with", len(c), "queued")
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("after range, len", len(c))
}
