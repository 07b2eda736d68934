// Deferring a method value on a pointer receiver sees later changes; a
// value-receiver method value copies the receiver when deferred.
package main

import "fmt"

type acc struct{ total int }

func (a *acc) report()  { fmt.Println("pointer receiver:", a.total) }
func (a acc) snapshot() { fmt.Println("value receiver:", a.total) }

func main() {
	a := &acc{}
	defer a.report()
	defer a.snapshot()
	for i := 1; i <= 4; i++ {
		a.total += i
	}
	f := a.snapshot
	a.total = 100
	f()
}
