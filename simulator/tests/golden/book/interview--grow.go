package main

import "fmt"

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16]
}

func main() {
	done := make(chan int)
	go func() {
		done <- depth(200)
	}()
	fmt.Println(<-done)
}
