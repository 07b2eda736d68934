// Building text in a []byte with append (bytes, strings with ..., digits),
// then converting once to a string; a manual integer-to-decimal routine.
package main

import "fmt"

func itoa(buf []byte, n int) []byte {
	if n == 0 {
		return append(buf, '0')
	}
	if n < 0 {
		buf = append(buf, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for n > 0 {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
	}
	return append(buf, tmp[i:]...)
}

func main() {
	var b []byte
	for i, n := range []int{0, 7, -42, 1234567, -9000} {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = itoa(b, n)
	}
	b = append(b, '.')
	fmt.Println(string(b), len(b))
	upper := []byte("mixed Case 123")
	for i, c := range upper {
		if c >= 'a' && c <= 'z' {
			upper[i] = c - 32
		}
	}
	fmt.Println(string(upper))
}
