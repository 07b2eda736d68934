// Statically dead code is dropped before escape analysis: constant-false
// conditions (also via && and ||), code after return/panic; dynamically
// dead code (a false variable) is still analysed.
package main

import "fmt"

var gp *int

const debug = false
const verbose = true

func f(a, b, c, d, e int) int {
	if debug && a > 0 {
		gp = &a
	}
	if !verbose || false {
		gp = &b
	}
	if verbose {
		fmt.Println("verbose", c)
	} else {
		gp = &c
	}
	flag := false
	if flag {
		gp = &d
	}
	return e
	gp = &e
	return 0
}

func g(x int) int {
	panic(fmt.Sprint("no ", x))
	gp = &x
	return x
}

func main() {
	fmt.Println(f(1, 2, 3, 4, 5))
	defer func() { fmt.Println("recovered:", recover()) }()
	g(7)
}
