// An unbuffered channel hands one value from a goroutine to main: the send
// blocks until main receives, so the output order is fixed.
package main

import "fmt"

func produce(c chan int, n int) {
	for i := 1; i <= n; i++ {
		c <- i * i
	}
	close(c)
}

func main() {
	c := make(chan int)
	go produce(c, 5)
	sum := 0
	for v := range c {
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum", sum)
}
