// Producer/consumer with a done channel: producers send until told to stop,
// the consumer takes exactly N items and then closes done.
package main

import "fmt"

func producer(id int, out chan<- int, done <-chan struct{}, stopped chan<- int) {
	for i := 0; ; i++ {
		select {
		case out <- id*1000 + i:
		case <-done:
			stopped <- id
			return
		}
	}
}

func main() {
	out := make(chan int)
	done := make(chan struct{})
	stopped := make(chan int)
	for id := 1; id <= 3; id++ {
		go producer(id, out, done, stopped)
	}
	count := 0
	for range 300 {
		v := <-out
		if v >= 1000 && v < 4000 {
			count++
		}
	}
	close(done)
	ids := 0
	for range 3 {
		ids += <-stopped
	}
	fmt.Println("consumed", count, "stopped ids sum", ids)
}
