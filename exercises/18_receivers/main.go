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

func (a account) total() int      { return a.balance }
func (a *account) deposit(n int)  { a.balance += n }
func (a *account) register()      { open = append(open, a) }
func (a account) name() *string   { return a.owner }
func (a *account) nameP() *string { return a.owner }

func main() {
	var x account
	x.deposit(5)
	var y account
	y.register()
	ann := "ann"
	z := account{owner: &ann}
	owner = z.nameP()
	println(x.total(), y.total(), *z.name(), *owner)
}
