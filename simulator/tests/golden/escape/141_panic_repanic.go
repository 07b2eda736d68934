// Run-time: a panic recovered and raised again prints "[recovered,
// repanicked]"; the deferred closure does not escape.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup after", r)
		panic(r)
	}()
	fmt.Println("working")
	panic("first")
}
