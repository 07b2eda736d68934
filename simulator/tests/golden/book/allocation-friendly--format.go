package main

import "fmt"

var id = 4711
var line string
var buf []byte

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

func Before() {
	line = fmt.Sprintf("id=%d", id)
}

func AfterString() {
	buf = append(buf[:0], "id="...)
	buf = appendInt(buf, id)
	line = string(buf)
}

func AfterBytes() {
	buf = append(buf[:0], "id="...)
	buf = appendInt(buf, id)
}

func main() {
	Before()
	fmt.Println(line)
	AfterString()
	fmt.Println(line)
	AfterBytes()
	fmt.Println(string(buf))
}
