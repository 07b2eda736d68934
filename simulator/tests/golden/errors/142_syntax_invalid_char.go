// syntax: invalid character in source
package main

func main() {
	x := 1 @ 2
	_ = x
}
