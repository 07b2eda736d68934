// Reversing a string through []rune, counting bytes vs runes, building a
// string from a byte slice window.
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func window(b []byte, i, j int) string { return string(b[i:j]) }

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	s := "héllo, 世界"
	fmt.Println(reverse(s), len(s), runeCount(s), window([]byte(s), 0, 3))
}
