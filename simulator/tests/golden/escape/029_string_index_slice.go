// Substrings share the backing bytes: slicing a string parameter leaks it
// to the result (level 0); indexing yields a byte (no flow).
package main

import "fmt"

var saved string

func first3(s string) string { return s[:3] }
func mid(s string) string    { return s[1 : len(s)-1] }
func byteAt(s string) byte   { return s[0] }
func keepTail(s string)      { saved = s[2:] }

func main() {
	fmt.Println(first3("golang"), mid("[x]"), byteAt("A"))
	keepTail("..tail")
	fmt.Println(saved)
}
