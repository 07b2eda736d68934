// m2
// Constant-size make([]T, n): escapes when n > 65536/sizeof(T)
// (integer division). Cap counts when given.
package main

import "fmt"

type Triple struct{ a, b, c int64 } // 24 bytes: 65536/24 = 2730

func makes() int {
	s1 := make([]int64, 8192)
	s2 := make([]int64, 8193)
	s3 := make([]int32, 16384)
	s4 := make([]int32, 16385)
	s5 := make([]Triple, 2730)
	s6 := make([]Triple, 2731)
	s7 := make([][3]byte, 21845)
	s8 := make([][3]byte, 21846)
	s9 := make([]byte, 10, 65536)
	s10 := make([]byte, 10, 65537)
	s11 := make([]string, 4096)
	s12 := make([]string, 4097)
	return len(s1) + len(s2) + len(s3) + len(s4) + len(s5) + len(s6) + len(s7) + len(s8) +
		cap(s9) + cap(s10) + len(s11) + len(s12)
}

func main() {
	fmt.Println(makes())
}
