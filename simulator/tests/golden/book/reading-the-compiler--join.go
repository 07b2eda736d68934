package main

import "fmt"

var words = []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
var joined string

func JoinPlus() {
	s := ""
	for _, w := range words {
		s = s + w + " "
	}
	joined = s
}

func JoinBytes() {
	b := make([]byte, 0, 64)
	for _, w := range words {
		b = append(b, w...)
		b = append(b, ' ')
	}
	joined = string(b)
}

func main() {
	JoinPlus()
	fmt.Println(len(joined))
	JoinBytes()
	fmt.Println(len(joined))
}
