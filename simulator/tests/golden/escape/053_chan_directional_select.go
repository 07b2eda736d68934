// Directional channel parameters, select with send and receive cases,
// default, and a nil channel; channels themselves never get a diagnostic.
package main

import "fmt"

func pump(in <-chan int, out chan<- *int, quit <-chan bool) int {
	count := 0
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return count
			}
			x := v * 2
			out <- &x
			count++
		case <-quit:
			return -1
		}
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	in := make(chan int, 3)
	out := make(chan *int, 3)
	var quit chan bool
	in <- 1
	in <- 2
	close(in)
	n := pump(in, out, quit)
	a, b := <-out, <-out
	_, ok := tryRecv(make(chan int))
	fmt.Println(n, *a, *b, ok)
}
