// make with a negative constant length
package main

func main() {
	s := make([]int, -1)
	_ = s
}
