// Conversions involving named slice and string types: rendering uses the
// named type; string<->[]byte conversions via named types still allocate.
package main

import "fmt"

type Bytes []byte
type Text string
type Runes []rune

func convs(t Text, b Bytes) (Bytes, Text, Runes, string) {
	x := Bytes(t)
	y := Text(b)
	z := Runes(t)
	w := string(b)
	return x, y, z, w
}

func main() {
	a, b, c, d := convs("héllo", Bytes("abc"))
	fmt.Println(len(a), b, len(c), d)
}
