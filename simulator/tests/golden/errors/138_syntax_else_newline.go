// syntax: else on its own line
package main

func main() {
	x := 1
	if x > 0 {
		x++
	}
	else {
		x--
	}
}
