// Fix the allocations: Encode must not allocate at all (`memsim allocs main.go Encode`),
// and the program must print exactly what it prints now. Read "Writing
// allocation-friendly Go" first.
package main

import "fmt"

var readings = []int{512, 1023, 7, 300, 4095, 64, 2000, 18}

// packet holds the last encoded message: two bytes per reading, low byte first.
var packet []byte

var sent int

func Encode() {
	buf := make([]byte, 0, 2*len(readings))
	for _, r := range readings {
		buf = append(buf, byte(r), byte(r>>8))
	}
	packet = buf
	sent += len(packet)
}

func main() {
	Encode()
	Encode()
	fmt.Println(sent, packet[:6])
}
