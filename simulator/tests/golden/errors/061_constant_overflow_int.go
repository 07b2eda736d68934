// a huge untyped constant assigned to an int
package main

const big = 1 << 70

func main() {
	n := big
	_ = n
}
