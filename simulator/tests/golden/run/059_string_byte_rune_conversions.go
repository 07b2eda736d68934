// Conversions between string, []byte and []rune copy the data; len counts
// bytes, the []rune length counts code points.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	b[0] = 'H'
	r[len(r)-1] = '!'
	fmt.Println(s, string(b), string(r))
	fmt.Println(b[:3], r[:3])
	fmt.Println(string(r[7]), string(rune(0x4e16)), string(rune(65)))
	bad := []byte{0xff, 'a', 0xc3}
	fmt.Println([]rune(string(bad)), len(string(bad)))
	fmt.Printf("%q\n", string(rune(-1)))
	fmt.Println(string([]byte{}), len(string([]rune{})))
}
