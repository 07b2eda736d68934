// A panic in a goroutine other than main ends the whole program; main is
// blocked waiting for a value that never comes.
package main

import "fmt"

func worker(c chan int) {
	var m map[int]int
	m[1] = 1
	c <- 1
}

func main() {
	c := make(chan int)
	go worker(c)
	fmt.Println("waiting")
	fmt.Println(<-c)
}
