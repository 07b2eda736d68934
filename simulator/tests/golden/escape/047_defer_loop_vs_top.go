// A defer at function top level does not make its closure escape; one in
// a loop does (the runtime keeps a list of them), moving captured locals.
package main

import "fmt"

var log []string

func record(p *int) { log = append(log, fmt.Sprint(*p)) }

func top() {
	a := 1
	defer record(&a)
	b := 2
	defer func() { b++; record(&b) }()
}

func loop() {
	for i := 0; i < 2; i++ {
		c := i * 10
		defer record(&c)
		defer func() { c++ }()
	}
}

func inBlock(flag bool) {
	if flag {
		d := 5
		defer record(&d)
	}
}

func main() {
	top()
	loop()
	inBlock(true)
	fmt.Println(log)
}
