// String algorithms over runes: reverse with multi-byte characters, a
// palindrome check, counting letters, and a Caesar cipher on bytes.
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r >= 'a' && r <= 'z' {
			rs = append(rs, r)
		}
	}
	for i := 0; i < len(rs)/2; i++ {
		if rs[i] != rs[len(rs)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k byte) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+k)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+k)%26
		}
	}
	return string(b)
}

func main() {
	fmt.Println(reverse("Hello, 世界!"), reverse(""))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Gopher"))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	enc := caesar("Attack at Dawn!", 3)
	fmt.Println(enc, caesar(enc, 23))
}
