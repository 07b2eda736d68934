// Fix the allocations: Checksum must not allocate at all
// (`memsim allocs main.go Checksum`), and the program must print exactly what it prints
// now. Read "Pointers that outlive their frame" first.
package main

import "fmt"

type block struct {
	data [64]byte
	sum  int
}

func newBlock(seed byte) *block {
	var b block
	for i := range b.data {
		b.data[i] = seed + byte(i)
		b.sum += int(b.data[i])
	}
	return &b
}

var checksum int

func Checksum() {
	for i := 0; i < 4; i++ {
		checksum += newBlock(byte(i)).sum
	}
}

func main() {
	Checksum()
	fmt.Println(checksum)
}
