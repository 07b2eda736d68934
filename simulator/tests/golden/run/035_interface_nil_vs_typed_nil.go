// An interface holding a nil pointer is not a nil interface: the classic
// error-return pitfall, with the comparisons that tell them apart.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)
	var i any
	fmt.Println(i == nil, i)
	var ip *int
	i = ip
	fmt.Println(i == nil, i, ip == nil)
	fmt.Printf("%T %T %v\n", e1, e2, i)
}
