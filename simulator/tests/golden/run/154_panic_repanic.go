// Recovering and panicking again with the same value prints
// "[recovered, repanicked]".
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- panicking again")
		panic(r)
	}()
	panic("first")
}
