// a string constant as an int
package main

func main() {
	var n int = "ten"
	_ = n
}
