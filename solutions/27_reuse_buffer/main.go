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
	// Nothing holds on to the previous message any more: write the new one over it,
	// in the backing array the first call grew.
	packet = packet[:0]
	for _, r := range readings {
		packet = append(packet, byte(r), byte(r>>8))
	}
	sent += len(packet)
}

func main() {
	Encode()
	Encode()
	fmt.Println(sent, packet[:6])
}
