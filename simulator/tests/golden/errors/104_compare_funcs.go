// functions can only be compared to nil
package main

func f() {}

func main() {
	g := f
	_ = g == f
}
