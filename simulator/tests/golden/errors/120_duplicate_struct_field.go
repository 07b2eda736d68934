// two fields with the same name
package main

type T struct {
	a int
	a string
}

func main() {
	_ = T{}
}
