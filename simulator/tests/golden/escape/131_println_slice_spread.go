// Passing an existing []any with args... to fmt: no new ... slice is
// created, but the elements stored in it escape when the slice is built.
package main

import "fmt"

func main() {
	args := []any{1, "two", 3.0}
	fmt.Println(args...)
	n := 4
	more := []any{n, &n}
	fmt.Println(more[0])
	fmt.Print(fmt.Sprintln(args...))
}
