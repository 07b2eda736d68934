// Deferred closures in a loop capture a fresh variable per iteration (Go
// 1.22), while closures over a variable declared outside share it.
package main

import "fmt"

func perIteration() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("per-iteration i =", i) }()
	}
}

func shared() {
	j := 0
	for ; j < 3; j++ {
		defer func() { fmt.Println("shared j =", j) }()
	}
}

func main() {
	perIteration()
	shared()
}
