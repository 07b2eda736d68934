package main

import "fmt"

var done = make(chan bool)

func work(p *int) {
	*p += 10
	done <- true
}

func spawn() int {
	a := 1
	go work(&a)
	<-done
	b := 2
	go func() {
		b += 20
		done <- true
	}()
	<-done
	go work(new(int))
	<-done
	return a + b
}

func main() {
	fmt.Println(spawn())
}
