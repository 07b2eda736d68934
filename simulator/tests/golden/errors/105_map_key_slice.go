// a slice type as map key
package main

func main() {
	m := map[[]int]bool{}
	_ = m
}
