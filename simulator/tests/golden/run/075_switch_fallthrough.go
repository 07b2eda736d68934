// switch evaluates cases top to bottom; fallthrough continues into the next
// case body without testing it; cases can list several values.
package main

import "fmt"

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "negative "
		fallthrough
	case n == 0:
		s += "non-positive "
	case n > 100:
		s += "big "
		fallthrough
	case n > 10:
		s += "more than ten "
		fallthrough
	default:
		s += "number"
	}
	return s
}

func main() {
	for _, n := range []int{-3, 0, 5, 50, 500} {
		fmt.Printf("%d: %s\n", n, classify(n))
	}
	for _, c := range "a1 ?" {
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			fmt.Println("vowel")
		case '0', '1', '2':
			fmt.Println("digit")
		case ' ':
			fmt.Println("space")
		default:
			fmt.Println("other", string(c))
		}
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	}
}
