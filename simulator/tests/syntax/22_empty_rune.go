package main

func main() {
	c := ''
	_ = c
}
