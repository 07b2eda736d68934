// appending a string to a []int
package main

func main() {
	s := []int{1}
	s = append(s, "two")
	_ = s
}
