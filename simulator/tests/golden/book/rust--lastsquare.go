package main

import "fmt"

func main() {
	var last *int
	for i := 0; i < 3; i++ {
		x := i * i
		last = &x
	}
	fmt.Println(*last)
}
