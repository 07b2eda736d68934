// sending on a receive-only channel
package main

func produce(c <-chan int) {
	c <- 1
}

func main() {
	produce(make(chan int))
}
