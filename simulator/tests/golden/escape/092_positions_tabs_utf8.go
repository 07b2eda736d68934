// Positions count bytes: tabs are one column, multibyte UTF-8 characters
// in identifiers, strings and comments before the position count their
// byte length; mixed indentation with spaces and tabs.
package main

import "fmt"

var keep []*int

func cols() {
	/* ünïcödé */ a := 1
	s := "日本語"; b := 2
    c := 3
  	 d := 4
	π, λ := 5, 6
	keep = append(keep, &a, &b, &c, &d, &π, &λ)
	fmt.Println(s, "→", len(keep))
}

func größe(ß *int) { keep = append(keep, ß) }

func main() {
	cols()
	größe(new(int))
}
