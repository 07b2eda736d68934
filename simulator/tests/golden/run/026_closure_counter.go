// A closure that captures a local keeps it alive after the function returns;
// each call of the constructor makes an independent counter.
package main

import "fmt"

func counter(start int) (func() int, func()) {
	n := start
	return func() int { n++; return n }, func() { n = start }
}

func main() {
	next, reset := counter(10)
	other, _ := counter(100)
	fmt.Println(next(), next(), next())
	fmt.Println(other(), other())
	reset()
	fmt.Println(next())
}
