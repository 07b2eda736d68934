package main

type S struct {
	a [1 << 61]int64
	b [1 << 61]int64
	c int
}

func main() { var s S; _ = s }
