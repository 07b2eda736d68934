package main

import "fmt"

// fmt's string results are string(p.buf): a one-byte result points into the runtime's
// staticuint64s table and is not allocated; longer ones are.

var small = 7
var big = 700
var out string
var err error

func Sprint1() { out = fmt.Sprint(small) }

func Sprint3() { out = fmt.Sprint(big) }

func Sprintf1() { out = fmt.Sprintf("%d", small) }

func SprintfConst() { out = fmt.Sprintf("x") }

func SprintfTwo() { out = fmt.Sprintf("xy") }

func Sprintln0() { out = fmt.Sprintln() }

func Errorf1() { err = fmt.Errorf("%d", small) }

func main() {
	Sprint1()
	Sprint3()
	Sprintf1()
	SprintfConst()
	SprintfTwo()
	Sprintln0()
	Errorf1()
	fmt.Println(out, err)
}
