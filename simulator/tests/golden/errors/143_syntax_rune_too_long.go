// syntax: more than one character in rune literal
package main

func main() {
	r := 'ab'
	_ = r
}
