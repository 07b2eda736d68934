// recover returns nil when there is no panic, and when it is not called
// directly by the deferred function.
package main

import "fmt"

func helper() any { return recover() }

func normal() {
	defer func() {
		fmt.Println("no panic, recover() =", recover())
	}()
	fmt.Println("normal body")
}

func indirect() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		fmt.Println("helper recover() =", helper())
	}()
	panic("deep")
}

func main() {
	normal()
	fmt.Println(recover())
	fmt.Println(indirect())
}
