// calling an undeclared function
package main

func main() {
	compute(3)
}
