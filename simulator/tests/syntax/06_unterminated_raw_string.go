package main

var s = `abc

func main() {
	_ = s
}
