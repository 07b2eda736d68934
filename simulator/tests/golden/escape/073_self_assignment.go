// m2
// "ignoring self-assignment": moving pointers around inside one object
// (same base, field/index selectors) is not a flow. Variants that do not
// qualify produce normal flows.
package main

import "fmt"

type Buf struct {
	data  []byte
	cur   *byte
	parts [2][]byte
	arr   [4]byte
}

func (b *Buf) advance(n int) { b.data = b.data[n:] }
func (b *Buf) rewind()       { b.cur = &b.data[0] }
func (b *Buf) swapParts()    { b.parts[0] = b.parts[1] }
func (b *Buf) fromArr()      { b.data = b.arr[1:] }

func trim(sp *[]int) { *sp = (*sp)[1:] }

func main() {
	b := &Buf{data: []byte("hello")}
	b.advance(1)
	b.rewind()
	b.swapParts()
	s := []int{1, 2, 3}
	trim(&s)
	var c Buf
	c.fromArr()
	fmt.Println(string(b.data), *b.cur, len(s), len(c.data))
}
