package main

func main() {
	c := 'ab'
	_ = c
}
