// calling a method an interface does not have
package main

type Reader interface{ Read() string }

func main() {
	var r Reader
	r.Write("x")
}
