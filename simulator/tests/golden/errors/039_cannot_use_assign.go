// assigning a string variable to an int variable
package main

func main() {
	n := 1
	s := "x"
	n = s
	_ = n
}
