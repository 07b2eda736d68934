// A 10-million-iteration integer loop: s += i ^ (i >> 3), printed at the end.
package main

import "fmt"

func main() {
	s := 0
	for i := 0; i < 10000000; i++ {
		s += i ^ (i >> 3)
	}
	fmt.Println(s)
}
