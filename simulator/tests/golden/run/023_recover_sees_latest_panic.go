// A panic raised while deferred calls run replaces the first one; recover
// sees the latest panic value; remaining defers still run.
package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer func() {
		panic("second")
	}()
	defer fmt.Println("plain defer still runs")
	panic("first")
}

func main() {
	f()
	fmt.Println("after f")
}
