// naked return is fine, but a wrong count is not
package main

func split(n int) (a, b int) {
	return n
}

func main() {
	_, _ = split(1)
}
