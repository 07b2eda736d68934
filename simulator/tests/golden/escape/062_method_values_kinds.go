// m2
// Method values (x.M not called): value receiver copies x into the method
// value; pointer receiver on an addressable value takes &x; interface
// method values; method values that escape vs do not.
package main

import "fmt"

type Temp struct{ c float64 }

func (t Temp) F() float64   { return t.c*9/5 + 32 }
func (t *Temp) Set(c float64) { t.c = c }

type Conv interface{ F() float64 }

var saved []func() float64

func values() float64 {
	t := Temp{100}
	f := t.F
	local := f()
	u := Temp{0}
	set := u.Set
	set(37)
	saved = append(saved, u.F)
	var c Conv = Temp{-40}
	g := c.F
	w := Temp{20}
	saved = append(saved, (&w).F)
	return local + g()
}

func main() {
	fmt.Println(values(), saved[0](), saved[1]())
}
