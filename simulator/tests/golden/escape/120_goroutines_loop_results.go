// m2
// Goroutines started in a loop with Go 1.22 per-iteration variables, their
// results gathered through a buffered channel (deterministic sum).
package main

import "fmt"

func square(n int, out chan<- int) { out <- n * n }

func main() {
	nums := []int{1, 2, 3, 4}
	out := make(chan int, len(nums))
	for _, n := range nums {
		go square(n, out)
	}
	done := make(chan int)
	for i := range 3 {
		go func() {
			done <- i * 100
		}()
	}
	sum := 0
	for range nums {
		sum += <-out
	}
	for range 3 {
		sum += <-done
	}
	fmt.Println(sum)
}
