package main

import "fmt"

var keep []func() int

func before() {
	a := 1
	a = 2
	keep = append(keep, func() int { return a })
}

func after() {
	b := 1
	keep = append(keep, func() int { return b })
	b = 3
}

func inLoop() {
	d := 0
	for i := 0; i < 2; i++ {
		d = i + 10
		keep = append(keep, func() int { return d })
	}
}

func main() {
	before()
	after()
	inLoop()
	for _, f := range keep {
		fmt.Println(f())
	}
}
