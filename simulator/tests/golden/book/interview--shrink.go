package main

import (
	"fmt"
	"runtime"
)

func deep(n int) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[n%32]
}

func main() {
	result, release := make(chan int), make(chan bool)
	go func() {
		result <- deep(110)
		<-release
	}()
	fmt.Println(<-result)
	runtime.GC()
	runtime.GC()
	release <- true
}
