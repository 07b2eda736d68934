// 024_stack_thresholds.go: how big a non-escaping object may be and still live
// on the stack: 64 KiB for implicit allocations (new, &T{}, make with a constant
// size, closures), 128 KiB for declared variables.
package main

var (
	sinkInt  int
	sinkFunc func() int
	valX     = 5
	nVar     = 8192
)

type Big64K struct{ a [8192]int }
type Big64KPlus struct {
	a [8192]int
	b byte
}

func NewInts8192NoEscape() { // exactly 64 KiB
	p := new([8192]int)
	p[valX] = 1
	sinkInt = p[valX]
}

func NewInts8193NoEscape() { // 64 KiB + 8
	p := new([8193]int)
	p[valX] = 1
	sinkInt = p[valX]
}

func LitStruct64KNoEscape() {
	p := &Big64K{}
	p.a[valX] = 1
	sinkInt = p.a[valX]
}

func LitStruct64KPlusNoEscape() { // 65537 bytes of fields, rounded to 65544
	p := &Big64KPlus{}
	p.a[valX] = 1
	sinkInt = p.a[valX]
}

func MakeConstInts8192NoEscape() {
	s := make([]int, 8192)
	s[valX] = 1
	sinkInt = s[valX]
}

func MakeConstInts8193NoEscape() {
	s := make([]int, 8193)
	s[valX] = 1
	sinkInt = s[valX]
}

func MakeVarInts8192NoEscape() { // non-constant size: only 32 bytes may use the stack
	s := make([]int, nVar)
	s[valX] = 1
	sinkInt = s[valX]
}

func VarArray16384NoEscape() { // declared variable: 128 KiB is still fine
	var a [16384]int
	a[valX] = 1
	sinkInt = a[valX]
}

func VarArray16385NoEscape() {
	var a [16385]int
	a[valX] = 1
	sinkInt = a[valX]
}

func ClosureCapture128Escape() { // [16]int = 128 B: captured by value
	var a [16]int
	a[1] = valX
	sinkFunc = func() int { return a[1] }
}

func ClosureCapture136Escape() { // [17]int = 136 B: captured by reference
	var a [17]int
	a[1] = valX
	sinkFunc = func() int { return a[1] }
}

func main() {}
