// Constant spelling: integer literals in any base print in decimal, floats
// in Go's %v constant form, runes quoted, strings Go-quoted; typed
// constants of a non-default type are wrapped in their type.
package main

import "fmt"

var sink any

type MyInt int
type MyStr string
type Flag bool

const Pi = 3.14159
const Big = 1 << 62

func consts() {
	sink = 0xFF
	sink = 0o17
	sink = 0b101
	sink = 1_000_000
	sink = -1
	sink = 1e6
	sink = 1e-9
	sink = 2.0
	sink = Pi
	sink = float32(0.5)
	sink = '\n'
	sink = 'é'
	sink = "héllo\tworld\n"
	sink = `raw\n"q"`
	sink = false
	sink = int64(5)
	sink = uint(3)
	sink = MyInt(-7)
	sink = MyStr("x")
	sink = Flag(true)
	sink = byte('a')
	sink = Big
	sink = 7 / 2
	sink = 7.0 / 2
	sink = "a" + "b"
	sink = len("four")
	sink = rune(65)
	sink = uintptr(8)
	sink = int8(-128)
	sink = uint64(1<<64 - 1)
}

func main() {
	consts()
	fmt.Println(sink)
}
