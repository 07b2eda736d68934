// declaring a variable from untyped nil
package main

func main() {
	x := nil
	_ = x
}
