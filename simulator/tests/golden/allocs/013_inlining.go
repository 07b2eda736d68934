// 013_inlining.go: where inlining decides heap vs stack (the goldens are for -gcflags=-l).
// From the reference cases; dropped: StringsNewReaderLocal (strings), BytesNewBufferLocal (bytes).
package main

type Vec struct{ X, Y, Z float64 }

var (
	sinkInt int
	sinkF   float64
	valX    = 5
)

func newBuf() []byte { return make([]byte, 16) } // result leaks to caller

func newVec(x float64) *Vec { return &Vec{x, x, x} }

func isPositive(x any) bool { // x does not escape: no inlining needed
	v, _ := x.(int)
	return v > 0
}

func NewBufLocal() {
	b := newBuf()
	b[0] = 1
	sinkInt = int(b[0]) + len(b)
}

func VecCtorLocal() {
	v := newVec(1.5)
	sinkF = v.X + v.Y + v.Z
}

func IfaceParamNoLeak() {
	if isPositive(valX + 1000) {
		sinkInt++
	}
}

func main() {}
