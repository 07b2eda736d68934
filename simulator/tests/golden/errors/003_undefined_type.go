// using an undeclared type
package main

func main() {
	var t Thing
	_ = t
}
