// Explicit variables: 131072 bytes (128 KiB) stay on the stack, one byte
// more moves them to the heap. Checked per variable, for arrays of several
// element sizes and for struct values.
package main

import "fmt"

type Rec struct {
	id  int64
	buf [131064]byte // 8 + 131064 = 131072 bytes
}

type RecBig struct {
	id  int64
	buf [131065]byte // 131073 bytes
}

func sizes() int {
	var b1 [131071]byte
	var b2 [131072]byte
	var b3 [131073]byte
	var i1 [16384]int64
	var i2 [16385]int64
	var u1 [32768]uint32
	var u2 [32769]uint32
	var r1 Rec
	var r2 RecBig
	return len(b1) + len(b2) + len(b3) + len(i1) + len(i2) + len(u1) + len(u2) +
		len(r1.buf) + len(r2.buf)
}

func main() {
	fmt.Println(sizes())
}
