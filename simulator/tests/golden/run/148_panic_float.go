// panic with a float64 prints it in the runtime's own float format, not fmt's.
package main

func main() {
	panic(1.5)
}
