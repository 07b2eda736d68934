// 004_iface.go: conversions to interface{} (boxing): staticuint64s, strings,
// slices, structs, zero-sized values, pointers, floats, constants.
package main

type Point struct{ X, Y int }
type Pair struct {
	A *int
	B int
}
type Empty struct{}

var (
	sinkI   any
	sinkInt int
	i0            = 0
	i255          = 255
	i256          = 256
	im1           = -1
	u8v     uint8 = 200
	boolv         = true
	f0            = 0.0
	f15           = 1.5
	strv          = "hello"
	strE          = ""
	bytesv        = []byte("abc")
	ptv           = Point{1, 2}
	pairv         = Pair{nil, 3}
	heapInt       = new(int)
	i16v    int16 = 300
	i32v    int32 = 70000
	arr3          = [3]int{1, 2, 3}
)

func IfaceInt0()           { sinkI = i0 }
func IfaceInt255()         { sinkI = i255 }
func IfaceInt256()         { sinkI = i256 }
func IfaceIntMinus1()      { sinkI = im1 }
func IfaceInt16_300()      { sinkI = i16v }
func IfaceInt32Big()       { sinkI = i32v }
func IfaceUint8()          { sinkI = u8v }
func IfaceBool()           { sinkI = boolv }
func IfaceFloat0()         { sinkI = f0 }
func IfaceFloat1_5()       { sinkI = f15 }
func IfaceConst1000()      { sinkI = 1000 }
func IfaceConstStr()       { sinkI = "constant string" }
func IfaceString()         { sinkI = strv }
func IfaceEmptyStr()       { sinkI = strE }
func IfaceByteSlice()      { sinkI = bytesv }
func IfaceStruct()         { sinkI = ptv }
func IfaceStructPtrField() { sinkI = pairv }
func IfaceArray3()         { sinkI = arr3 }
func IfaceZeroSized()      { sinkI = Empty{} }
func IfacePointer()        { sinkI = heapInt } // pointer-shaped: stored directly
func IfaceNoEscape() {
	var x any = i256 + sinkInt
	if v, ok := x.(int); ok {
		sinkInt = v
	}
}

func IfaceLoop0To255() {
	for i := 0; i < 256; i++ {
		sinkI = i
	}
}

func IfaceLoop256To511() {
	for i := 256; i < 512; i++ {
		sinkI = i
	}
}

func main() {}
