// go build stops after ten errors: the unused variable, reported when the function
// has been checked, is never printed although it comes first in the file.
package main

func main() {
	unused := 0
	var s string
	s = 1
	s = 2
	s = 3
	s = 4
	s = 5
	s = 6
	s = 7
	s = 8
	s = 9
	s = 10
	_ = s
}
