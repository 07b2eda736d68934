// Run-time panic: send on closed channel from the main goroutine after a
// worker finished.
package main

import "fmt"

func main() {
	results := make(chan string, 2)
	done := make(chan bool)
	go func() {
		results <- "one"
		close(results)
		done <- true
	}()
	<-done
	for r := range results {
		fmt.Println(r)
	}
	results <- "two"
}
