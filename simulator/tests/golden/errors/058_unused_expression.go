// an arithmetic expression used as a statement
package main

func main() {
	x := 1
	x + 1
}
