// A buffered channel used as a counting semaphore and a results queue:
// all goroutines finish before main reads the totals (order-independent sum).
package main

import "fmt"

func main() {
	const n = 20
	sem := make(chan struct{}, 3)
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() {
			sem <- struct{}{}
			results <- i * i
			<-sem
		}()
	}
	sum, count := 0, 0
	for count < n {
		sum += <-results
		count++
	}
	fmt.Println("count", count, "sum", sum, "sem len", len(sem))
}
