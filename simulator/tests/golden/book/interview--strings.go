package main

import "fmt"

var a, b = "hello, ", "gopher"
var sink string
var n int

func ConcatLocal() {
	s := a + b
	n = len(s)
}

func ConcatKept() {
	sink = a + b
}

func ToBytes() {
	bs := []byte(a)
	n = len(bs)
}

func main() {
	ConcatLocal()
	ConcatKept()
	ToBytes()
	fmt.Println(sink, n)
}
