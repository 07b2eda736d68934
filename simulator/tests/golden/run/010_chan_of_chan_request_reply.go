// A server goroutine answers requests that carry their own reply channel
// (a channel of channels); main waits for each reply in turn.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs chan request) {
	for r := range reqs {
		f := 1
		for i := 2; i <= r.n; i++ {
			f *= i
		}
		r.reply <- f
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for n := 0; n <= 10; n += 2 {
		r := request{n, make(chan int)}
		reqs <- r
		fmt.Printf("%d! = %d\n", n, <-r.reply)
	}
	close(reqs)
}
