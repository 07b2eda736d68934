// recover only stops a panic when called directly by the deferred function;
// through a helper it returns nil and the panic continues.
package main

import "fmt"

func tryRecover() {
	if r := recover(); r != nil {
		fmt.Println("recovered", r)
	}
}

func main() {
	defer func() {
		tryRecover()
		fmt.Println("helper did not recover")
	}()
	panic("not caught")
}
