// assigning nil to an int
package main

func main() {
	var n int = nil
	_ = n
}
