package main

import "fmt"

func worker(n int, results chan<- int) {
	results <- n * n
}

func main() {
	results := make(chan int)
	go worker(3, results)
	go worker(4, results)
	a := <-results
	b := <-results
	fmt.Println(a + b)
}
