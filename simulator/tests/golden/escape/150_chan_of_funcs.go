// Sending closures over a channel to an executor goroutine: the closures
// escape (sent values always do), and so do the variables they capture by
// reference.
package main

import "fmt"

func executor(tasks <-chan func() int, results chan<- int) {
	for t := range tasks {
		results <- t()
	}
	close(results)
}

func main() {
	tasks := make(chan func() int, 3)
	results := make(chan int, 3)
	go executor(tasks, results)
	base := 10
	counter := 0
	for i := range 3 {
		tasks <- func() int {
			counter++
			return base + i
		}
	}
	close(tasks)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum, counter)
}
