// m2
// Comma-ok assignments into interface-typed targets go through compiler
// temporaries (.autotmp_N) that are reported when they escape.
package main

import "fmt"

var sinkV any
var sinkOk bool

func commaOk(x any, m map[int]string, c chan float64) {
	var local any
	var ok bool
	local, ok = x.(int)
	sinkV, sinkOk = m[1]
	sinkV, ok = <-c
	fmt.Println(local, ok)
}

func main() {
	c := make(chan float64, 1)
	c <- 2.5
	commaOk(7, map[int]string{1: "one"}, c)
	fmt.Println(sinkV, sinkOk)
}
