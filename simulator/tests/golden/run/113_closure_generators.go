// Closures as generators and a small state machine: each call advances state
// held in captured variables.
package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type state func(c byte) state

func lexer(out *[]string) state {
	var word []byte
	var inWord, inSpace state
	inWord = func(c byte) state {
		if c == ' ' {
			*out = append(*out, string(word))
			word = word[:0]
			return inSpace
		}
		word = append(word, c)
		return inWord
	}
	inSpace = func(c byte) state {
		if c == ' ' {
			return inSpace
		}
		word = append(word, c)
		return inWord
	}
	return inSpace
}

func main() {
	next := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()
	var words []string
	st := lexer(&words)
	for _, c := range []byte("  go is   fun ") {
		st = st(c)
	}
	fmt.Println(len(words), words)
}
