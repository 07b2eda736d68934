// A struct literal key must match the field name exactly, including its case.
package main

type Person struct {
	Name string
}

func main() {
	p := Person{name: "Ada"}
	_ = p
}
