// m2
// Leak-to-result levels 0..3: each dereference between the parameter and
// the returned value adds one level.
package main

import "fmt"

func level0(p *int) *int       { return p }
func level1(p **int) *int      { return *p }
func level2(p ***int) *int     { return **p }
func level3(p ****int) *int    { return ***p }
func viaLocal(p **int) *int    { q := *p; return q }
func field(b *struct{ v *int }) *int { return b.v }

func main() {
	x := 7
	p := &x
	pp := &p
	ppp := &pp
	fmt.Println(*level0(p), *level1(pp), *level2(ppp), *level3(&ppp), *viaLocal(pp))
	fmt.Println(*field(&struct{ v *int }{p}))
}
