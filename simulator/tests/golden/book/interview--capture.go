package main

import "fmt"

func main() {
	done := make(chan bool)
	a, b := 1, 2
	go func() {
		b += a
		done <- true
	}()
	<-done
	fmt.Println(b)
}
