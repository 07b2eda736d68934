// Reading a field through a nil pointer is a nil dereference (a SIGSEGV the
// runtime turns into a panic); stdout printed before it is kept.
package main

import "fmt"

type T struct{ X int }

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.X)
}
