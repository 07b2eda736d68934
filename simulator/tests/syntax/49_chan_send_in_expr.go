package main

func main() {
	ch := make(chan int)
	x := ch <- 1
	_ = x
}
