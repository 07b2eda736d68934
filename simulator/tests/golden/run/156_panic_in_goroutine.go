// A panic in a goroutine other than main ends the whole program; main is
// blocked waiting for a value that never comes. (main prints before it starts the
// goroutine: the other order would race with the panic in real Go.)
package main

import "fmt"

func worker(c chan int) {
	var m map[int]int
	m[1] = 1
	c <- 1
}

func main() {
	c := make(chan int)
	fmt.Println("waiting")
	go worker(c)
	fmt.Println(<-c)
}
