// A ring of goroutines connected by unbuffered channels passes a token
// around several times; the hop count proves every goroutine took part.
package main

import "fmt"

func member(id int, in <-chan int, out chan<- int, visits chan<- int) {
	for tok := range in {
		if tok == 0 {
			visits <- id
			close(out)
			return
		}
		out <- tok - 1
	}
	visits <- id
	close(out)
}

func main() {
	const n = 10
	first := make(chan int)
	in := first
	visits := make(chan int, n)
	var last chan int
	for i := 0; i < n; i++ {
		out := make(chan int)
		go member(i, in, out, visits)
		in = out
		last = out
	}
	first <- 35
	hops := 0
	for tok := range last {
		hops++
		if tok == 0 {
			break
		}
		first <- tok
	}
	fmt.Println("token returned", hops, "times")
}
