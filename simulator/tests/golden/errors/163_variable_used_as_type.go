// A variable name where a type is expected.
package main

func main() {
	size := 3
	var buf size
	_ = buf
}
