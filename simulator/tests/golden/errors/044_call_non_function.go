// calling an int variable
package main

func main() {
	x := 5
	_ = x()
}
