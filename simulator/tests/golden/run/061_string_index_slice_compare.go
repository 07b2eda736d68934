// Indexing a string gives a byte, slicing gives a substring; strings compare
// bytewise; += builds a new string each time.
package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(s[0], string(s[0]), s[7:], s[:5], s[3:8], len(s[12:]))
	fmt.Println("abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a", "b" > "abc")
	fmt.Println("go" == "g"+"o", s != "hello")
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
		acc += "-"
	}
	fmt.Println(acc, len(acc))
	multi := `raw\n "string"
second line`
	fmt.Println(multi, len(multi))
	fmt.Println("tab\tnewline\\n quote\" \u00e9 \x41 \101")
}
