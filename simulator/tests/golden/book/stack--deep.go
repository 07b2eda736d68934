package main

import "fmt"

// frames calls itself n more times and counts every call in *calls.
// buf makes each frame over 100 bytes; it is read after the call.
func frames(n int, calls *int) {
	var buf [100]byte
	buf[n%100] = 1
	if n > 0 {
		frames(n-1, calls)
	}
	*calls += int(buf[n%100])
}

func worker(done chan int) {
	count := 0
	frames(1000, &count)
	done <- count
}

func main() {
	done := make(chan int)
	go worker(done)
	fmt.Println(<-done, "calls")
}
