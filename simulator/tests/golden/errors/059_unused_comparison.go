// a comparison used as a statement
package main

func main() {
	a, b := 1, 2
	a == b
}
