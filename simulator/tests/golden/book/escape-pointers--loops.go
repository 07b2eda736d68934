package main

import "fmt"

func lastSquare(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		sq := i * i
		p = &sq
	}
	return *p
}

func sumSquares(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		sq := i * i
		p := &sq
		t += *p
	}
	return t
}

func main() {
	fmt.Println(lastSquare(4), sumSquares(4))
}
