package main

import "fmt"

var live [][]byte // kept for the whole run: the live heap
var scratch []byte

func main() {
	for i := 0; i < 4; i++ {
		live = append(live, make([]byte, 1<<20))
	}
	total := 0
	for i := 0; i < 20000; i++ {
		scratch = make([]byte, 1024) // garbage by the next iteration
		total += len(scratch)
	}
	fmt.Println(len(live), total)
}
