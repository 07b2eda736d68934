package main

import "fmt"

type config struct {
	name    string
	retries int
	verbose bool
}

func newConfig() *config {
	return &config{name: "default", retries: 3}
}

func makeConfig() config {
	return config{name: "default", retries: 3}
}

var total int

func ByPointer() {
	c := newConfig()
	total += c.retries
}

func ByValue() {
	c := makeConfig()
	total += c.retries
}

func main() {
	ByPointer()
	ByValue()
	fmt.Println(total)
}
