// a function with a result that can fall off its end
package main

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
}

func main() {
	_ = sign(1)
}
