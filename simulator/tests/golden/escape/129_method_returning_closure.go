// m2
// Methods returning closures over their receiver: a pointer receiver is
// captured (leaks to the heap via the closure), a value receiver copy is
// captured by value or by reference.
package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Depositor() func(int) {
	return func(n int) { a.balance += n }
}

func (a Account) Snapshot() func() int {
	return func() int { return a.balance }
}

func (a Account) Mutating() func() int {
	return func() int {
		a.balance++
		return a.balance
	}
}

func main() {
	acc := &Account{10}
	dep := acc.Depositor()
	dep(5)
	snap := acc.Snapshot()
	acc.balance = 0
	m := acc.Mutating()
	m()
	fmt.Println(acc.balance, snap(), m())
}
