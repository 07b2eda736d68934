// a named integer type does not mix with int
package main

type Meters int

func main() {
	var d Meters = 5
	var n int = 2
	_ = d + n
}
