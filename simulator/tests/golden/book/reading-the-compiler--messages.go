package main

import "fmt"

type buffer struct{ data []byte }

var kept *buffer
var keptData []byte

func keep(b *buffer)            { kept = b }
func keepData(b *buffer)        { keptData = b.data }
func first(b *buffer) byte      { return b.data[0] }
func same(b *buffer) *buffer    { return b }
func contents(b *buffer) []byte { return b.data }

func main() {
	a := buffer{data: make([]byte, 8)}
	keep(&a)
	b := &buffer{data: []byte("hi")}
	keepData(b)
	c := buffer{data: make([]byte, 4)}
	d := same(&c)
	e := contents(d)
	fmt.Println(first(&c), len(e))
}
