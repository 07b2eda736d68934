// Unsigned arithmetic is modulo 2^n for every size: uint8, uint16, uint32,
// uint64, uint and uintptr; subtracting below zero wraps to the maximum.
package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	var z uint8
	z--
	fmt.Println(a, z, uint8(200)+uint8(z), z*z)
	var b uint16 = 65535
	b += 10
	fmt.Println(b, b-20)
	var c uint32 = 4294967295
	c *= 3
	fmt.Println(c)
	var d uint64 = 18446744073709551615
	d += 2
	fmt.Println(d, d-3)
	var e uint = 0
	e--
	fmt.Println(e, e/2, e%7)
	var p uintptr = 1
	p -= 2
	fmt.Println(p == ^uintptr(0))
	m8, one := uint8(255), uint32(1)
	fmt.Println(m8*m8, ^uint16(0), -one)
}
