// syntax: missing closing brace at end of file
package main

func main() {
	x := 1
	_ = x

