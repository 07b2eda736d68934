package main

var x [1 << 62]int64

func main() { _ = x }
