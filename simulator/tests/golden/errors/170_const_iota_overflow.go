// Constants inheriting an expression are checked one by one; the error is at the constant.
package main

const (
	Small uint8 = 100 * (iota + 1)
	Medium
	Large
)

func main() {}
