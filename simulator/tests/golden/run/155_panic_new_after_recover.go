// A different panic raised by the deferred function after recover: the
// first panic is shown as [recovered], then the new one.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprintf("second (after %v)", r))
	}()
	panic("first")
}
