// A var declaration with fewer values than names.
package main

func main() {
	var a, b, c = 1, 2
	_, _, _ = a, b, c
}
