// Cancellation by closing a done channel, fan-in of two producers with a
// select loop; all goroutine closures escape.
package main

import "fmt"

func producer(id int, done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- id*100 + i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	a := producer(1, done)
	b := producer(2, done)
	sumA, sumB := 0, 0
	for range 3 {
		sumA += <-a
		sumB += <-b
	}
	close(done)
	fmt.Println(sumA, sumB)
}
