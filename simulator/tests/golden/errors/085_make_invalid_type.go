// make of an int
package main

func main() {
	_ = make(int)
}
