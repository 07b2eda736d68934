// A select case must send or receive.
package main

func main() {
	ch := make(chan int)
	select {
	case x := 1:
		_ = x
	case <-ch:
	}
}
