// Bitwise and, or, xor, and-not, complement, shown in binary with %b and
// zero padding, also for negative numbers.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Printf("%b %d\n", ^a, ^a)
	var u uint8 = 0b10110011
	fmt.Printf("%08b %08b %08b\n", u, ^u, u&0x0f)
	fmt.Printf("%b %o %O %x %X %#x %#o\n", -5, 64, 64, -255, 3054, 255, 8)
	flags := 0
	const (
		read = 1 << iota
		write
		exec
	)
	flags |= read | exec
	fmt.Println(flags&write != 0, flags&exec != 0, flags)
	flags &^= exec
	fmt.Println(flags)
}
