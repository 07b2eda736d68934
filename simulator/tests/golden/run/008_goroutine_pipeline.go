// A three-stage pipeline of goroutines connected by unbuffered channels:
// generate -> square -> sum; each stage closes its output when done.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range square(gen(10)) {
		fmt.Print(v, ",")
		total += v
	}
	fmt.Println()
	fmt.Println("total", total)
}
