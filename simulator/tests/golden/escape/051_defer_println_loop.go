// defer fmt.Println in and out of a loop: the boxed arguments are made at
// the defer statement, the ... slice inside the wrapper; in a loop the
// wrapper escapes but the ... slice still does not.
package main

import "fmt"

func countdown(n int) {
	defer fmt.Println("liftoff", n)
	for i := range n {
		defer fmt.Println(i, "...")
	}
	s := []string{"a", "b"}
	defer fmt.Println(s, len(s))
}

func main() {
	countdown(3)
}
