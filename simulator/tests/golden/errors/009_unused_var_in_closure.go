// an unused variable inside a function literal
package main

func main() {
	f := func() {
		tmp := "x"
	}
	f()
}
