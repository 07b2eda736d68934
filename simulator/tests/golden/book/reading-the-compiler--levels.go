package main

import "fmt"

type buffer struct{ data []byte }

var out *buffer
var outData []byte

func same(b *buffer) *buffer    { return b }
func contents(b *buffer) []byte { return b.data }

func main() {
	x := buffer{data: make([]byte, 8)}
	out = same(&x)
	y := buffer{data: make([]byte, 8)}
	outData = contents(&y)
	fmt.Println(len(out.data), len(outData))
}
