package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func sumTo(limit int) int {
	total := 0
	add := func(v int) { total += v }
	for i := 1; i <= limit; i++ {
		add(i)
	}
	return total
}

func main() {
	next := counter()
	next()
	fmt.Println(next(), sumTo(4))
}
