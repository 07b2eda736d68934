// 256 does not fit in a byte
package main

func main() {
	var b byte = 256
	_ = b
}
