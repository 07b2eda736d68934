// m2
// Every value sent on a channel escapes: pointers (pointee moves), boxed
// interfaces, slices; received values carry no flow.
package main

import "fmt"

type Msg struct {
	ID   int
	Body string
}

func produce(out chan<- *Msg, anyc chan<- any, sl chan<- []int) {
	m := Msg{1, "hi"}
	out <- &m
	n := 42
	anyc <- n
	anyc <- Msg{2, "boxed"}
	buf := []int{1, 2, 3}
	sl <- buf
}

func main() {
	out := make(chan *Msg, 1)
	anyc := make(chan any, 2)
	sl := make(chan []int, 1)
	produce(out, anyc, sl)
	m := <-out
	fmt.Println(m.Body, <-anyc, <-anyc, len(<-sl))
}
