// panic with a value of a defined integer type prints the type name and the
// value in parentheses.
package main

type Code int

func main() {
	panic(Code(404))
}
