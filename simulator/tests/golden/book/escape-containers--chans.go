package main

import "fmt"

func viaChannel() int {
	c := make(chan *int, 1)
	x := 42
	c <- &x
	p := <-c
	return *p
}

func boxed(c chan any) {
	n := 1000
	c <- n
}

var sinkInt int

func LocalChannel() {
	c := make(chan int, 1)
	c <- 7
	sinkInt = <-c
}

func main() {
	c := make(chan any, 1)
	boxed(c)
	fmt.Println(viaChannel(), <-c)
}
