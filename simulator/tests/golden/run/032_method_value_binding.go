// A method value binds its receiver when evaluated: a value receiver is
// copied then, a pointer receiver keeps pointing at the variable.
package main

import "fmt"

type box struct{ v int }

func (b box) val() int  { return b.v }
func (b *box) ptr() int { return b.v }

func main() {
	b := box{1}
	fv := b.val
	fp := b.ptr
	b.v = 2
	fmt.Println(fv(), fp())
	get := box.val
	getp := (*box).ptr
	fmt.Println(get(box{5}), getp(&b))
	fns := []func() int{b.val, b.ptr}
	b.v = 3
	fmt.Println(fns[0](), fns[1]())
}
