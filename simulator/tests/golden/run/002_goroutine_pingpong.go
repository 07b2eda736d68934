// Two goroutines pass a counter back and forth over two unbuffered channels;
// each side prints in turn, so the interleaving is deterministic.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		n := <-in
		if n >= 6 {
			done <- name
			return
		}
		fmt.Println(name, n)
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	fmt.Println("stopped by", <-done)
}
