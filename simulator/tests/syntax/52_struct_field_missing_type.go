package main

type T struct {
	a int
	b
	c, d
}

func main() {}
