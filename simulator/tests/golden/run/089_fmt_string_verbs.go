// String verbs: %s %q %x %X % x with widths, precision (truncation counts
// runes), %-10s, and the same verbs on []byte.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("|%s|%10s|%-10s|%.2s|%7.3s|\n", s, s, s, s, s)
	fmt.Printf("|%q|%+q|%#q|%q|\n", s, s, "back`tick", "tab\there \"quoted\"")
	fmt.Printf("|%x|%X|% x|%#x|\n", "hi!", "hi!", "hi!", "hi!")
	b := []byte("bytes")
	fmt.Printf("|%s|%q|%x|%v|%d|\n", b, b, b, b, b)
	fmt.Printf("|%5s|%-5s|%05s|\n", "ab", "ab", "ab")
	fmt.Printf("|%s|%v|%q|\n", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"})
	fmt.Printf("|%q|%q|\n", "\x00\x7f", "日本")
	fmt.Printf("|%t|%v|%5t|%-6t|\n", true, false, true, false)
	fmt.Printf("|%%|%c%c|\n", 'o', 'k')
}
