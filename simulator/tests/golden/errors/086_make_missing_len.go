// make of a slice without a length
package main

func main() {
	s := make([]int)
	_ = s
}
