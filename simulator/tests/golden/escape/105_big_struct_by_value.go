// Passing a large struct by value copies it (never "too large" as a
// parameter); a local copy larger than 128 KiB moves to the heap.
package main

import "fmt"

type Matrix struct {
	cells [128][128]float64 // 131072 bytes: stays on the stack
}

type Huge struct {
	cells [129][128]float64 // 132096 bytes
}

func trace(m Matrix) float64 {
	t := 0.0
	for i := range 128 {
		t += m.cells[i][i]
	}
	return t
}

func traceP(m *Matrix) float64 { return m.cells[0][0] + m.cells[127][127] }

func build() float64 {
	var m Matrix
	var h Huge
	for i := range 128 {
		m.cells[i][i] = 1
		h.cells[i][i] = 2
	}
	return trace(m) + traceP(&m) + h.cells[5][5]
}

func main() {
	fmt.Println(build())
}
