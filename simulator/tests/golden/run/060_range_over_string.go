// range over a string yields byte offsets and runes, decoding UTF-8; an
// invalid byte becomes U+FFFD and advances by one byte.
package main

import "fmt"

func main() {
	for i, r := range "aé世\xffz" {
		fmt.Printf("%d %q %d %U\n", i, r, r, r)
	}
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println("runes:", n)
}
