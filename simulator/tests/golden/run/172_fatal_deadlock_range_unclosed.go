// range over a channel the producer forgets to close: after the last value
// main waits forever.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
	}()
	for v := range c {
		fmt.Println("got", v)
	}
	fmt.Println("never printed")
}
