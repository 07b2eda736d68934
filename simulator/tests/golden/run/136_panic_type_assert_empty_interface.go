// A failed single-result assertion on an empty interface panics, naming
// the dynamic type and the asserted type.
package main

import "fmt"

func main() {
	var x any = "hello"
	n := x.(int)
	fmt.Println(n)
}
