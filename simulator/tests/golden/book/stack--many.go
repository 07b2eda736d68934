package main

import (
	"fmt"
	"runtime"
)

func wait(start, done chan int) {
	<-start
	done <- 1
}

func main() {
	const n = 10000
	start, done := make(chan int), make(chan int)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < n; i++ {
		go wait(start, done)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("stack KiB each:", (after.StackInuse-before.StackInuse)/n/1024)
	close(start)
	for i := 0; i < n; i++ {
		<-done
	}
}
