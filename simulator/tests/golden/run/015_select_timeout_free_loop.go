// A select loop over a work channel and a quit channel; quit is only sent
// after all work was consumed, so the result is deterministic.
package main

import "fmt"

func main() {
	work := make(chan int)
	quit := make(chan bool)
	result := make(chan int)
	go func() {
		total := 0
		for {
			select {
			case w := <-work:
				total += w
			case <-quit:
				result <- total
				return
			}
		}
	}()
	for i := 1; i <= 100; i++ {
		work <- i
	}
	quit <- true
	fmt.Println("total", <-result)
}
