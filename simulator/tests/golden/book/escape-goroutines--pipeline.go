package main

import "fmt"

type point struct{ x, y int }

func produceValues(n int, out chan<- point) {
	for i := 0; i < n; i++ {
		out <- point{i, i * i}
	}
	close(out)
}

func producePointers(n int, out chan<- *point) {
	for i := 0; i < n; i++ {
		out <- &point{i, i * i}
	}
	close(out)
}

func main() {
	vals := make(chan point)
	go produceValues(4, vals)
	sum := 0
	for p := range vals {
		sum += p.y
	}
	ptrs := make(chan *point)
	go producePointers(4, ptrs)
	for p := range ptrs {
		sum += p.y
	}
	fmt.Println(sum)
}
