package main

import "fmt"

var recent []byte

func main() {
	total := 0
	for i := 0; i < 10000; i++ {
		recent = make([]byte, 1024)
		total += len(recent)
	}
	fmt.Println(total)
}
