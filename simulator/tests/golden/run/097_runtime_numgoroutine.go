// runtime.NumGoroutine counts live goroutines: 1 for main, one more per
// blocked goroutine; after they finish, main waits with Gosched until only it is left.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	release := make(chan struct{})
	done := make(chan int)
	for i := 0; i < 5; i++ {
		go func() {
			<-release
			done <- i
		}()
	}
	fmt.Println("blocked:", runtime.NumGoroutine())
	close(release)
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-done
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("sum:", sum, "after:", runtime.NumGoroutine())
}
