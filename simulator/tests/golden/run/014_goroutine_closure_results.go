// Goroutines started in a loop each capture their own loop variable (Go 1.22
// semantics) and send a result; a buffered channel per index keeps order.
package main

import "fmt"

func main() {
	out := make([]chan string, 5)
	for i := 0; i < 5; i++ {
		out[i] = make(chan string, 1)
		go func() {
			s := ""
			for j := 0; j <= i; j++ {
				s += "*"
			}
			out[i] <- s
		}()
	}
	for i, c := range out {
		fmt.Printf("%d %s\n", i, <-c)
	}
}
