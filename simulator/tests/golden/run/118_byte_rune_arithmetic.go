// byte and rune are uint8 and int32: arithmetic on characters, digit
// conversion, wrapping of byte arithmetic, and printing them with %c %d %q.
package main

import "fmt"

func main() {
	var b byte = 'A'
	b += 2
	fmt.Println(b, string(b), string(rune(b)))
	fmt.Printf("%c %d %q %x\n", b, b, b, b)
	var r rune = 'z'
	r -= 25
	fmt.Printf("%c %d %T %T\n", r, r, r, b)
	digits := "4096"
	n := 0
	for i := 0; i < len(digits); i++ {
		n = n*10 + int(digits[i]-'0')
	}
	fmt.Println(n * 2)
	var w byte = 250
	w += 10
	fmt.Println(w, byte('a'-1+27))
	up := 'ß'
	fmt.Println(up, string(up), len(string(up)), 'a' < 'b', '世'-'一')
}
