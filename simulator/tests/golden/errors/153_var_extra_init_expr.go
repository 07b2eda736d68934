// A var declaration with more values than names.
package main

func main() {
	var a, b = 1, 2, 3
	_, _ = a, b
}
