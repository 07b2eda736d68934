// ranging over a pointer to a slice
package main

func main() {
	s := []int{1}
	p := &s
	for i := range p {
		_ = i
	}
}
