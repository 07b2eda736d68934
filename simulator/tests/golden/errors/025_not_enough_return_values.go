// returning one value from a two-result function
package main

func two() (int, error) {
	return 1
}

func main() {
	_, _ = two()
}
