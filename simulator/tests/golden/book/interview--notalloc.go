package main

import "fmt"

var sink any
var n = 100
var total int

func BoxConst() {
	sink = 42
}

func MakeVar() {
	s := make([]int, n)
	s[0] = 1
	total += s[0]
}

func main() {
	BoxConst()
	MakeVar()
	fmt.Println(sink, total)
}
