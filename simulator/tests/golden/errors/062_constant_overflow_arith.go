// typed constant arithmetic overflows int8
package main

const limit int8 = 100

func main() {
	x := limit * 2
	_ = x
}
