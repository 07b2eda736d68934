// The slice make returns must be used.
package main

func main() {
	make([]int, 3)
}
