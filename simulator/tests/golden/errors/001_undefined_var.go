// assigning to an undeclared variable
package main

func main() {
	x = 1
}
