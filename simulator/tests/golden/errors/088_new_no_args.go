// new without an argument
package main

func main() {
	p := new()
	_ = p
}
