// defer/go of method calls: a pointer-receiver call copies &v into the
// wrapper; an interface method call copies the interface value; a method
// value is evaluated at the statement.
package main

import "fmt"

type Acc struct{ n int }

func (a *Acc) Add(d int)    { a.n += d }
func (a Acc) Print(tag string) { fmt.Println(tag, a.n) }

type Adder interface{ Add(int) }

func run(ad Adder) {
	var acc Acc
	defer acc.Print("value")
	defer acc.Add(1)
	defer ad.Add(2)
	f := acc.Add
	defer f(3)
	done := make(chan bool)
	go func() {
		acc.Add(10)
		done <- true
	}()
	<-done
}

func main() {
	b := &Acc{}
	run(b)
	fmt.Println("b", b.n)
}
