// select with a default case never blocks: it takes a ready case if there is
// exactly one, otherwise the default.
package main

import "fmt"

func try(c chan int) {
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
}

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func main() {
	c := make(chan int, 2)
	try(c)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	try(c)
	try(c)
	try(c)
}
