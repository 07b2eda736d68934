// syntax: var without type or value
package main

func main() {
	var x
	_ = x
}
