// Heap cells of moved variables allocated together (Go's ssagen newHeapaddr): small
// pointer-free variables moved to the heap in one basic block share one allocation of
// at most 16 bytes.
package main

var (
	valX   = 7
	sinkF  func() int
	sinkP  *int
	sinkQ  *int
	sinkR  *int
	sinkB  *byte
	sinkS  *string
	sinkI  *int32
	sinkPP **int
	cond   = true
)

type pair struct{ a, b int32 }

var sinkPair *pair

func TwoInts() {
	a, b := valX, valX
	sinkF = func() int { return a + b }
	a++
	b++
}

func IntThenByte() {
	a := valX
	b := byte(valX)
	sinkP = &a
	sinkB = &b
}

func ThreeInts() {
	a := valX
	b := valX + 1
	c := valX + 2
	sinkP, sinkQ, sinkR = &a, &b, &c
}

func FourInt32s() {
	a, b, c, d := int32(1), int32(2), int32(3), int32(4)
	sinkI = &a
	sinkI = &b
	sinkI = &c
	sinkI = &d
}

func SplitByIf() {
	a := valX
	if cond {
		valX++
	}
	b := valX
	sinkP, sinkQ = &a, &b
}

func ParamAndLocal() {
	cells(valX)
}

func cells(x int) {
	y := x + 1
	sinkP, sinkQ = &x, &y
}

func PointerNotShared() {
	a := valX
	p := &valX
	sinkP = &a
	sinkPP = &p
}

func StringNotShared() {
	a := valX
	s := "go"
	sinkP = &a
	sinkS = &s
}

func StructAndInt() {
	p := pair{1, 2}
	a := valX
	sinkPair = &p
	sinkP = &a
}

func InLoop() {
	for i := 0; i < 3; i++ {
		a := i
		b := i * 2
		sinkP, sinkQ = &a, &b
	}
}

func main() {}
