// 022_tiny_allocator.go: pointer-free objects under 16 bytes go through the
// tiny allocator (each still counts as one malloc, B/op shows the request
// size); 16 bytes and anything with pointers use the size classes.
package main

type T3 struct{ a, b, c byte }
type T12 struct{ a, b, c int32 }
type P8 struct{ p *int }

var (
	sinkP1  *int8
	sinkP2  *int16
	sinkP3  *T3
	sinkP12 *T12
	sinkA15 *[15]byte
	sinkA16 *[16]byte
	sinkA17 *[17]byte
	sinkPP  *P8
	sinkF32 *float32
	sinkPI  []*int16
)

func NewInt8Escape()      { sinkP1 = new(int8) }
func NewInt16Escape()     { sinkP2 = new(int16) }
func NewT3Escape()        { sinkP3 = new(T3) }
func NewT12Escape()       { sinkP12 = new(T12) }
func NewArr15Escape()     { sinkA15 = new([15]byte) }
func NewArr16Escape()     { sinkA16 = new([16]byte) } // not tiny: class 16
func NewArr17Escape()     { sinkA17 = new([17]byte) } // class 24
func NewPtrStructEscape() { sinkPP = new(P8) }        // has a pointer: class 8, not tiny
func NewFloat32Escape()   { sinkF32 = new(float32) }

func TinyTen() { // ten 2-byte objects: ten mallocs sharing 16-byte blocks
	for i := 0; i < 10; i++ {
		sinkP2 = new(int16)
	}
}

func TinyKeepAll() { // the same, kept in a reused global slice
	sinkPI = sinkPI[:0]
	for i := 0; i < 8; i++ {
		sinkPI = append(sinkPI, new(int16))
	}
}

func main() {}
