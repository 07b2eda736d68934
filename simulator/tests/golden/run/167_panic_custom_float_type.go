// panic with a value of a defined float type prints the type name and the
// value in the runtime's float format.
package main

type Temp float64

func main() {
	panic(Temp(-40))
}
