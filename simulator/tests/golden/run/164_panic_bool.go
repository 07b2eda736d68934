// panic with a bool prints true or false.
package main

import "fmt"

func check(ok bool) {
	if !ok {
		panic(ok)
	}
	fmt.Println("checked", ok)
}

func main() {
	check(true)
	check(false)
}
