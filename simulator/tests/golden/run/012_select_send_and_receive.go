// One select with both a send case and a receive case; the channels are set
// up so that exactly one case is ready each time.
package main

import "fmt"

func main() {
	in := make(chan int, 1)
	out := make(chan int, 1)
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			in <- i
			out <- -1 // full: the send case cannot proceed
		}
		select {
		case v := <-in:
			fmt.Println("recv", v)
		case out <- i:
			fmt.Println("sent", i)
		}
		fmt.Println("out holds", <-out)
	}
}
