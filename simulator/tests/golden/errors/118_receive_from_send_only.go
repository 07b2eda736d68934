// receiving from a send-only channel
package main

func consume(c chan<- int) int {
	return <-c
}

func main() {
	_ = consume(make(chan int))
}
