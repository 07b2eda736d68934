package main

import "fmt"

var sum int
var saved func(int)

func applyAndKeep(f func(int)) {
	saved = f
	for i := 0; i < 4; i++ {
		f(i)
	}
}

func apply(f func(int)) {
	for i := 0; i < 4; i++ {
		f(i)
	}
}

func Before() {
	total := 0
	applyAndKeep(func(v int) { total += v })
	sum = total
}

func After() {
	total := 0
	apply(func(v int) { total += v })
	sum = total
}

func main() {
	After()
	a := sum
	Before()
	fmt.Println(a, sum)
}
