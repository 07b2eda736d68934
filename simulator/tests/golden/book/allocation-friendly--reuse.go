package main

import "fmt"

var out []byte
var n = 42

func render(b []byte, v int) []byte {
	b = append(b, "value="...)
	if v >= 10 {
		b = append(b, byte('0'+v/10))
	}
	return append(b, byte('0'+v%10), '\n')
}

func Before() {
	b := make([]byte, 0, n)
	out = render(b, n)
}

func After() {
	out = render(out[:0], n)
}

func main() {
	Before()
	After()
	fmt.Print(string(out))
}
