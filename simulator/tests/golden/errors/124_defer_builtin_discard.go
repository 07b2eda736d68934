// defer of a builtin whose result would be discarded
package main

func main() {
	s := []int{1}
	defer len(s)
}
