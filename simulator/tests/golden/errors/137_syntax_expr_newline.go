// syntax: binary operator followed by end of line
package main

func main() {
	x := 1 +
	_ = x
}
