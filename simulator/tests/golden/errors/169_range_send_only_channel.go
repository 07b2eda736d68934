// Ranging over a channel receives from it: a send-only channel cannot be ranged over.
package main

func drain(ch chan<- int) {
	for v := range ch {
		_ = v
	}
}

func main() { drain(make(chan int)) }
