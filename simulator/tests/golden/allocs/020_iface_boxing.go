// 020_iface_boxing.go: interface conversion edge values: the 0-255 table for
// every integer size, negative values, bool, single bytes, float zero and
// negative zero, zero-valued structs, strings and slices.
package main

type Pair struct{ A, B int32 }
type Wide struct{ A, B, C int64 }

var (
	sinkI  any
	i8m1   int8   = -1
	u16b   uint16 = 255
	u16c   uint16 = 256
	i32b   int32  = 255
	i32m   int32  = -5
	u64b   uint64 = 255
	u64c   uint64 = 256
	f32z   float32
	f32o   float32 = 1
	fnz            = negZero()
	r97            = 'a'
	b200   byte    = 200
	pairZ  Pair
	pairV  = Pair{1, 2}
	wideZ  Wide
	str1   = "x"
	nilSl  []int
	emptyS = []int{}
	arr2   = [2]byte{1, 2}
	valX   = 5
)

func negZero() float64 {
	z := 0.0
	return -z
}

func IfaceInt8Minus1()   { sinkI = i8m1 } // one byte: always the static table
func IfaceUint16_255()   { sinkI = u16b }
func IfaceUint16_256()   { sinkI = u16c }
func IfaceInt32_255()    { sinkI = i32b }
func IfaceInt32Neg()     { sinkI = i32m }
func IfaceUint64_255()   { sinkI = u64b }
func IfaceUint64_256()   { sinkI = u64c }
func IfaceFloat32Zero()  { sinkI = f32z }
func IfaceFloat32One()   { sinkI = f32o }
func IfaceFloatNegZero() { sinkI = fnz } // bit pattern 1<<63: not in the table
func IfaceRune()         { sinkI = r97 }
func IfaceByte200()      { sinkI = b200 }
func IfaceStructZero()   { sinkI = pairZ } // 8-byte struct, zero value
func IfaceStructVal()    { sinkI = pairV } // 8-byte struct {1, 2}
func IfaceWideZero()     { sinkI = wideZ } // 24-byte struct, zero value
func IfaceStr1()         { sinkI = str1 }
func IfaceNilSlice()     { sinkI = nilSl }
func IfaceEmptySlice()   { sinkI = emptyS }
func IfaceByteArray2()   { sinkI = arr2 }
func IfaceComputed300()  { sinkI = valX * 60 }
func IfaceComputed250()  { sinkI = valX * 50 }
func IfaceBoolExpr()     { sinkI = valX > 3 }

func main() {}
