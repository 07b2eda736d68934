package main

import "fmt"

var small, big = 42, 1000

func Small() {
	fmt.Println(small)
}

func Big() {
	fmt.Println(big)
}

func main() {
	Small()
	Big()
}
