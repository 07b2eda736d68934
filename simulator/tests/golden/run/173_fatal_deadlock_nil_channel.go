// Receiving from a nil channel blocks forever.
package main

func main() {
	var c chan string
	<-c
}
