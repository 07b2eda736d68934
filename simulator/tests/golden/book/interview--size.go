package main

import "fmt"

func main() {
	var fits [128 << 10]byte
	var tooBig [128<<10 + 1]byte
	p := new([64 << 10]byte)
	q := new([64<<10 + 1]byte)
	fits[0], tooBig[0], p[0], q[0] = 1, 2, 3, 4
	fmt.Println(fits[0] + tooBig[0] + p[0] + q[0])
}
