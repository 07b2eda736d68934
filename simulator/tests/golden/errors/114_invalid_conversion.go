// converting a string to an int
package main

func main() {
	s := "12"
	_ = int(s)
}
