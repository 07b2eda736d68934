// 012_edge.go: edge cases for a simulator: AllocsPerRun's integer division and
// state carried across runs, new(expr) (Go 1.26), big captured variables,
// defer in a loop, element sizes vs the 32-byte stack buffer.
package main

var (
	sinkInt  int
	sinkPInt *int
	sinkFunc func() int
	gs       []int
	counter  int
	valX     = 5
	bigArr   [20]int // 160 bytes
	nVar     = 3
)

type S24 struct{ A, B, C int64 } // 24 bytes
type S40 struct{ A [5]int64 }    // 40 bytes

func AppendGlobalAmortized() { // allocates only when the global slice grows
	gs = append(gs, 1)
}

func AllocEveryOtherCall() { // 0.5 allocations per call on average
	counter++
	if counter%2 == 0 {
		sinkPInt = new(int)
	}
}

func NewExprEscape() { // Go 1.26: new(expr)
	sinkPInt = new(valX + 1)
}

func NewExprNoEscape() {
	p := new(valX + 1)
	sinkInt = *p
}

func ClosureCaptureBigArray() { // > 128 bytes: captured by reference even if never reassigned
	a := bigArr
	sinkFunc = func() int { return a[3] }
}

func ClosureCaptureSmallArray() { // 16 x int = 128 bytes: captured by value
	var a [16]int
	a[3] = valX
	sinkFunc = func() int { return a[3] }
}

func DeferInLoop() { // defers in a loop cannot be open-coded; records come from a per-P pool
	for i := 0; i < nVar; i++ {
		defer func() { sinkInt++ }()
	}
}

func DeferInLoopCapture() { // each deferred closure captures i -> one closure object per iteration
	for i := 0; i < nVar; i++ {
		defer func() { sinkInt += i }()
	}
}

func DeferOnce() { // open-coded defer: no allocation
	defer func() { sinkInt++ }()
}

func AppendS24x1NoEscape() { // 32-byte buffer holds one 24-byte element
	var s []S24
	s = append(s, S24{1, 2, 3})
	sinkInt = int(s[0].B) + len(s)
}

func AppendS24x2NoEscape() {
	var s []S24
	for i := 0; i < 2; i++ {
		s = append(s, S24{int64(i), 2, 3})
	}
	sinkInt = int(s[1].A) + len(s)
}

func AppendS40x1NoEscape() { // element larger than 32 bytes: no stack buffer
	var s []S40
	s = append(s, S40{})
	sinkInt = int(s[0].A[1]) + len(s)
}

func MakeVarS40NoEscape() {
	s := make([]S40, nVar-2) // 1 element of 40 bytes: > 32-byte buffer
	sinkInt = int(s[0].A[1]) + len(s)
}

func main() {}
