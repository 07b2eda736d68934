// assigning to a byte of a string inside range
package main

func main() {
	s := "abc"
	for i := range s {
		s[i] = 'x'
	}
}
