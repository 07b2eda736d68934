package main

import "fmt"

var done = make(chan bool)

func work() { done <- true }

func workArg(n int) {
	if n > 0 {
		done <- true
	}
}

func NoArgs() {
	go work()
	<-done
}

func WithArg() {
	n := 7
	go workArg(n)
	<-done
}

func Closure() {
	n := 7
	go func() {
		if n > 0 {
			done <- true
		}
	}()
	<-done
}

func main() {
	NoArgs()
	WithArg()
	Closure()
	fmt.Println("ok")
}
