// shifting by a negative constant
package main

func main() {
	n := 1
	_ = n << -1
}
