// Integer verbs with width, precision and flags: %d %+d % d %5d %-5d %05d
// %.3d %x %X %#x %o %#o %b %c %q %U, for positive and negative values.
package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 255, 123456} {
		fmt.Printf("|%d|%+d|% d|%6d|%-6d|%06d|%.4d|%8.3d|\n", n, n, n, n, n, n, n, n)
	}
	fmt.Printf("|%x|%X|%#x|%#X|%08x|%-8X|%x|\n", 3054, 3054, 3054, 3054, 255, 255, -255)
	fmt.Printf("|%o|%#o|%O|%b|%#b|%010b|\n", 8, 8, 8, 5, 5, 5)
	fmt.Printf("|%c|%c|%c|%q|%q|%U|%#U|\n", 65, 0x4e16, 'é', 'x', '\n', 0x1F600, 'A')
	fmt.Printf("|%d|%d|%d|%d|\n", int8(-128), uint8(255), int64(-1)<<63, ^uint64(0))
	fmt.Printf("|%x|%X|\n", uint64(1)<<63, int8(-1))
	fmt.Printf("|%*d|%-*d|%.*d|\n", 5, 42, 5, 42, 4, 42)
	fmt.Printf("|%+05d|%-+5d|% 05d|\n", 42, 42, 42)
	fmt.Printf("|%v|%5v|%-5v|%05v|\n", 9, 9, 9, 9)
}
