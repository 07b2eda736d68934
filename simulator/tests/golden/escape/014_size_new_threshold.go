// new(T) and &T{} are implicit allocations: limit 65536 bytes for T.
package main

import "fmt"

type Half struct{ data [65536]byte }
type HalfPlus struct {
	data [65536]byte
	flag bool
}

func allocs() int {
	a := new([65535]byte)
	b := new([65536]byte)
	c := new([65537]byte)
	d := &Half{}
	e := &HalfPlus{}
	f := new([4096][2]int64)
	g := new([4097][2]int64)
	h := &[2][4096]int64{}
	return len(a) + len(b) + len(c) + len(d.data) + len(e.data) + len(f) + len(g) + len(h)
}

func main() {
	fmt.Println(allocs())
}
