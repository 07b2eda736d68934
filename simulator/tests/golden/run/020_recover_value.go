// recover() in a deferred function stops the panic and returns its value; the
// function then returns normally to its caller.
package main

import "fmt"

type code int

func try(v any) (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("recovered %v (%T)", r, r)
	}()
	panic(v)
}

func main() {
	fmt.Println(try("boom"))
	fmt.Println(try(42))
	fmt.Println(try(2.5))
	fmt.Println(try(code(7)))
	fmt.Println(try([]int{1, 2}))
	fmt.Println(try(fmt.Errorf("wrapped %d", 3)))
	fmt.Println("main continues")
}
