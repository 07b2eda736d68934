package main

import "fmt"

var counter int
var sink *int

func EveryOther() {
	counter++
	if counter%2 == 0 {
		sink = new(int)
	}
}

func main() {
	EveryOther()
	EveryOther()
	fmt.Println(*sink)
}
