// comparing an int32 with an int64
package main

func main() {
	var a int32 = 1
	var b int64 = 1
	_ = a == b
}
