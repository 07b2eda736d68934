// constant division by zero
package main

const x = 1 / 0

func main() {
	_ = x
}
