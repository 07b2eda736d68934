// declaring the same name twice in one block
package main

func main() {
	var x int
	var x string
	_ = x
}
