// m2
// []byte(s), []rune(s), string(b), string(r), string(rune): every conversion
// allocates; read-only local []byte(s) is zero-copy.
package main

import "fmt"

var keep []byte

func count(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func upper(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return string(b)
}

func runes(s string) int {
	r := []rune(s)
	return len(r) + len(string(r[0])) + len(string(r))
}

func main() {
	keep = []byte("kept")
	fmt.Println(count("banana"), upper("go"), runes("héllo"), len(keep))
}
