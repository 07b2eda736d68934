// Receiving from a closed channel returns the zero value at once, and the
// two-value form reports ok == false once the buffer is empty.
package main

import "fmt"

type pair struct {
	a int
	b string
}

func main() {
	c := make(chan pair, 2)
	c <- pair{1, "one"}
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Printf("%+v %v\n", <-c, len(c))
	s := make(chan string)
	close(s)
	x, ok2 := <-s
	fmt.Printf("%q %v\n", x, ok2)
}
