package main

import (
	"fmt"
	"runtime"
)

func frames(n int, calls *int) {
	var buf [100]byte
	buf[n%100] = 1
	if n > 0 {
		frames(n-1, calls)
	}
	*calls += int(buf[n%100])
}

func worker(result, release chan int) {
	count := 0
	frames(1000, &count) // the stack grows to 256 KiB
	result <- count
	<-release // parked here, using a few hundred bytes of it
}

func main() {
	result, release := make(chan int), make(chan int)
	go worker(result, release)
	fmt.Println(<-result, "calls")
	for i := 0; i < 3; i++ {
		runtime.GC() // scans the parked stack, and may halve it
	}
	release <- 1
}
