// Block scoping: := in an inner block shadows an outer variable; if, for and
// switch initialisers have their own scope; package-level vars are shared.
package main

import "fmt"

var counter = 100

func bump() int {
	counter++
	return counter
}

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := 10; x > 5 {
		fmt.Println("if scope", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	fmt.Println("still", x)
	counter := 5
	fmt.Println(counter, bump(), bump())
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
}
