// returning a string from an int function
package main

func count() int {
	s := "3"
	return s
}

func main() {
	_ = count()
}
