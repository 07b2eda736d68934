// an int used as an if condition
package main

func main() {
	n := 1
	if n {
		n++
	}
}
