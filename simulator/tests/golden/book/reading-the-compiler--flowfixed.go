package main

import "fmt"

type request struct {
	id   int
	name string
}

var latest request

func remember(batch []*request) {
	latest = *batch[len(batch)-1]
}

func handle(id int) int {
	r := request{id: id, name: "job"}
	p := &r
	batch := []*request{p}
	remember(batch)
	return r.id
}

func main() {
	n := handle(7)
	fmt.Println(n)
}
