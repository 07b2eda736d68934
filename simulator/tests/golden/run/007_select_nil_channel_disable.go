// A nil channel is never ready, so setting a case's channel to nil turns that
// case off: merge two closed-in-turn sources until both are exhausted.
package main

import "fmt"

func main() {
	a := make(chan int, 3)
	b := make(chan string, 2)
	a <- 1
	a <- 2
	a <- 3
	close(a)
	b <- "x"
	b <- "y"
	close(b)
	sum, text, closed := 0, "", 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				closed++
				a = nil
				continue
			}
			sum += v
		case s, ok := <-b:
			if !ok {
				closed++
				b = nil
				continue
			}
			text += s
		}
	}
	fmt.Println(sum, len(text), closed)
}
