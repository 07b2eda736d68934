// Formatting an integer into a fixed stack buffer and returning a string:
// the buffer stays on the stack, only the final string(...) allocates.
package main

import "fmt"

func itoa(n int) string {
	var buf [20]byte
	i := len(buf)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func leaky(n int) []byte {
	var buf [20]byte
	buf[0] = byte('0' + n%10)
	return buf[:1]
}

func main() {
	fmt.Println(itoa(-1234), itoa(0), string(leaky(7)))
}
