// make(chan T, n) with a negative run-time size panics.
package main

import "fmt"

func main() {
	n := -3
	c := make(chan int, n)
	fmt.Println(cap(c))
}
