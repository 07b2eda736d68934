// assigning a closure of the wrong type
package main

func main() {
	var f func(int) int
	f = func(s string) int { return len(s) }
	_ = f
}
