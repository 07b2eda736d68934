// "index bounds check elided" (walk phase): constant-size array indexed by
// a masked or unsigned-modulo index; printed after all escape lines, in
// declaration order.
package main

import "fmt"

var table [16]int

func hash(s string) uint {
	h := uint(0)
	for i := 0; i < len(s); i++ {
		h = h*31 + uint(s[i])
	}
	return h
}

func bucket(s string) int {
	return table[hash(s)%16]
}

func mask(i int) int {
	var a [8]byte
	a[i&7] = 1
	return int(a[i&7]) + table[i&15]
}

func notElided(i int, u uint) int {
	var a [8]int
	return a[i%8] + a[u%9]
}

func main() {
	table[3] = 5
	fmt.Println(bucket("go"), mask(11), notElided(1, 2))
}
