// iota is only defined in constant declarations
package main

func main() {
	x := iota
	_ = x
}
