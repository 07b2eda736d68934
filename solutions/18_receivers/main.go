// Predict: method receivers.
//
// Mark every reported line with // want "..." comments (see exercise 01). A receiver is
// a parameter and gets a report like one. Calling a pointer method on a variable,
// x.deposit(5), passes &x; calling a value method passes a copy of x.
package main

type account struct {
	balance int
	owner   *string
}

var (
	open  []*account
	owner *string
)

func (a account) total() int      { return a.balance } // want "a does not escape"
func (a *account) deposit(n int)  { a.balance += n } // want "a does not escape"
func (a *account) register()      { open = append(open, a) } // want "leaking param: a" "append escapes to heap"
func (a account) name() *string   { return a.owner } // want "leaking param: a to result ~r0 level=0"
func (a *account) nameP() *string { return a.owner } // want "leaking param: a to result ~r0 level=1"

func main() {
	var x account
	x.deposit(5)
	var y account // want "moved to heap: y"
	y.register()
	ann := "ann" // want "moved to heap: ann"
	z := account{owner: &ann}
	owner = z.nameP()
	println(x.total(), y.total(), *z.name(), *owner)
}
