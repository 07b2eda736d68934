// structs containing slices are not comparable
package main

type Bag struct{ items []int }

func main() {
	a, b := Bag{}, Bag{}
	_ = a == b
}
