// comparing an int with nil
package main

func main() {
	n := 0
	_ = n == nil
}
