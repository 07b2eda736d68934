// syntax: C-style parenthesised for header
package main

func main() {
	for (i := 0; i < 3; i++) {
	}
}
