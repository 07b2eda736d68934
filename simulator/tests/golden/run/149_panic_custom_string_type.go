// panic with a value of a defined string type prints the type and a quoted
// value.
package main

type MyStr string

func main() {
	panic(MyStr("typed string"))
}
