// Calling a value-receiver method through a nil pointer dereferences it.
package main

import "fmt"

type T struct{ name string }

func (t T) Name() string { return t.name }

func find(ok bool) *T {
	if ok {
		return &T{"found"}
	}
	return nil
}

func main() {
	fmt.Println(find(true).Name())
	fmt.Println(find(false).Name())
}
