// a local redeclaring a parameter
package main

func f(n int) int {
	var n = 2
	return n
}

func main() {
	_ = f(1)
}
