// type assertion on a non-interface value
package main

func main() {
	n := 1
	_ = n.(int)
}
