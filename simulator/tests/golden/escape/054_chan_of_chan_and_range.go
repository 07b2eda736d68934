// Request/response over a channel of channels; ranging over a channel;
// a goroutine closing the channel when done.
package main

import "fmt"

type Request struct {
	N     int
	Reply chan int
}

func server(reqs <-chan Request) {
	for r := range reqs {
		r.Reply <- r.N * r.N
	}
}

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := range n {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	reqs := make(chan Request)
	go server(reqs)
	reply := make(chan int)
	reqs <- Request{N: 7, Reply: reply}
	sq := <-reply
	sum := 0
	for v := range gen(5) {
		sum += v
	}
	fmt.Println(sq, sum)
}
