package main

import "fmt"

type block struct{ data [1024]byte }

var last *block

func main() {
	for i := 0; i < 20000; i++ {
		last = new(block) // the previous block becomes garbage
	}
	fmt.Println(len(last.data))
}
