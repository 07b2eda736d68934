// adding an int and a string
package main

func main() {
	a := 1
	b := "two"
	_ = a + b
}
