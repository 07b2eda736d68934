// m2
// "leaking param content" (what the parameter points to reaches the heap)
// versus "leaking param" (the parameter itself reaches the heap).
package main

import "fmt"

var global *int
var globalSlice []int

type Holder struct{ p *int }

func storeParam(p *int)       { global = p }
func storeContent(h *Holder)  { global = h.p }
func storeSlice(s []int)      { globalSlice = s }
func storeElem(s []*int)      { global = s[0] }
func storeDeep(ppp ***int)    { global = **ppp }
func readOnly(h *Holder) int  { return *h.p }

func main() {
	a, b, c := 1, 2, 3
	storeParam(&a)
	storeContent(&Holder{&b})
	storeSlice([]int{4, 5})
	storeElem([]*int{&c})
	d := 6
	pd := &d
	ppd := &pd
	storeDeep(&ppd)
	e := 7
	fmt.Println(readOnly(&Holder{&e}), *global, len(globalSlice))
}
