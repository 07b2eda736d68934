// Closing a nil channel panics.
package main

func main() {
	var c chan int
	close(c)
}
