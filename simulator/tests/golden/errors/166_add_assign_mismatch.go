// x += y needs operands of the same type.
package main

func main() {
	total := 0
	total += "1"
	_ = total
}
