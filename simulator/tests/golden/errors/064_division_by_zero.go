// integer division by a constant zero
package main

func main() {
	n := 10
	_ = n / 0
}
