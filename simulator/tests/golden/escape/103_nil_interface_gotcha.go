// Interview gotcha: a nil *T stored in an error interface is not a nil
// interface. Pointers are pointer-shaped: no boxing diagnostics.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

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
	e2 := correct(false)
	fmt.Println(e1 == nil, e2 == nil, e1 != nil && mayFail(true).Error() == "failed")
}
