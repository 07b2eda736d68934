// Run-time panic: close of closed channel.
package main

import "fmt"

func main() {
	ch := make(chan *int, 1)
	x := 1
	ch <- &x
	close(ch)
	fmt.Println(*<-ch)
	close(ch)
}
