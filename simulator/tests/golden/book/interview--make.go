package main

import "fmt"

var n4, n5 = 4, 5
var sink []int

func Const8() {
	s := make([]int, 8)
	s[0] = 1
}

func Var4() {
	s := make([]int, n4)
	s[0] = 1
}

func Var5() {
	s := make([]int, n5)
	s[0] = 1
}

func Escapes() {
	sink = make([]int, 8)
}

func main() {
	Const8()
	Var4()
	Var5()
	Escapes()
	fmt.Println(len(sink))
}
