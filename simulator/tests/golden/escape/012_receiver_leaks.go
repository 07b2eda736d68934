// m2
// Receiver diagnostics: value receiver leaking to result (level 0) versus
// pointer receiver leaking to result (level 1), content leak, no escape.
package main

import "fmt"

type Buf struct {
	data []byte
	name *string
}

var last []byte

func (b Buf) Data() []byte   { return b.data }
func (b *Buf) DataP() []byte { return b.data }
func (b *Buf) Publish()      { last = b.data }
func (b *Buf) Len() int      { return len(b.data) }
func (b Buf) Name() string   { return *b.name }

func main() {
	n := "buf"
	b := &Buf{data: []byte("abc"), name: &n}
	b.Publish()
	fmt.Println(len(b.Data()), len(b.DataP()), b.Len(), b.Name(), string(last))
}
