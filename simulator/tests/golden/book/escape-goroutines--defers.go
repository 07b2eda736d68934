package main

import "fmt"

var total int

func add(p *int) { total += *p }

func top() {
	a := 1
	defer add(&a)
	b := 2
	defer func() { b *= 10; add(&b) }()
}

func loop() {
	for i := 0; i < 3; i++ {
		c := i * 100
		defer add(&c)
	}
}

func main() {
	top()
	loop()
	fmt.Println(total)
}
