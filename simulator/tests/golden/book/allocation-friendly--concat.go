package main

import "fmt"

var words = []string{"stack", "heap", "escape", "sweep", "mark"}
var joined string

func Before() {
	s := ""
	for _, w := range words {
		s = s + w + ","
	}
	joined = s
}

func After() {
	b := make([]byte, 0, 64)
	for _, w := range words {
		b = append(b, w...)
		b = append(b, ',')
	}
	joined = string(b)
}

func main() {
	Before()
	fmt.Println(joined)
	After()
	fmt.Println(joined)
}
