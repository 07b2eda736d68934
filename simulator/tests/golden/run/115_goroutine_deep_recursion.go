// Several goroutines recurse deeply at the same time: each has its own stack
// that grows independently; results come back over channels in order.
package main

import "fmt"

func depth(n int, acc [8]int) int {
	if n == 0 {
		return acc[0] + acc[7]
	}
	acc[n%8]++
	return depth(n-1, acc)
}

func main() {
	chans := make([]chan int, 4)
	for i := range chans {
		chans[i] = make(chan int)
		go func() {
			var acc [8]int
			chans[i] <- depth((i+1)*25000, acc)
		}()
	}
	for i, c := range chans {
		fmt.Println(i, <-c)
	}
}
