// taking the address of a constant
package main

const n = 5

func main() {
	p := &n
	_ = p
}
