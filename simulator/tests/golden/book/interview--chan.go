package main

import "fmt"

var got int

func Local() {
	c := make(chan int, 1)
	c <- 1
	got += <-c
}

func main() {
	Local()
	fmt.Println(got)
}
