// a builtin call whose result is discarded
package main

func main() {
	s := []int{1, 2}
	len(s)
}
