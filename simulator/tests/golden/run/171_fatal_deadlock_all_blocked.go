// main and two other goroutines are all blocked on channels that will never
// be ready: the runtime reports the deadlock once everyone is asleep.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	ready := make(chan bool)
	go func() {
		ready <- true
		a <- <-b
	}()
	go func() {
		ready <- true
		b <- <-a
	}()
	<-ready
	<-ready
	fmt.Println("both started")
	done := make(chan bool)
	<-done
}
