package main

import "fmt"

var total int

func Once() {
	n := 1
	defer func() { total += n }()
}

func InLoop() {
	for i := 0; i < 3; i++ {
		defer func() { total += i }()
	}
}

func main() {
	Once()
	InLoop()
	fmt.Println(total)
}
