// 003_append.go: append growth, stack-buffered append (Go 1.25+/1.26+), move-to-heap on return.
package main

var (
	sinkInt   int
	sinkInts  []int
	sinkBytes []byte
	sinkStrs  []string
	reuse     = make([]int, 0, 64)
	nLoop     = 10
)

func appendN(n int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	sinkInt = len(s) + s[len(s)-1]
}

func AppendLoop4NoEscape()   { appendN4() }
func AppendLoop5NoEscape()   { appendN5() }
func AppendLoop10NoEscape()  { appendN(10) }
func AppendLoop100NoEscape() { appendN(100) }

func appendN4() {
	var s []int
	for i := 0; i < 4; i++ {
		s = append(s, i)
	}
	sinkInt = len(s) + s[3]
}

func appendN5() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	sinkInt = len(s) + s[4]
}

func AppendLoopBytes32NoEscape() {
	var b []byte
	for i := 0; i < 32; i++ {
		b = append(b, byte(i))
	}
	sinkInt = len(b) + int(b[31])
}

func AppendLoopBytes100NoEscape() {
	var b []byte
	for i := 0; i < 100; i++ {
		b = append(b, byte(i))
	}
	sinkInt = len(b) + int(b[99])
}

// Slice built locally and returned: Go 1.26+ builds it on the stack and
// copies it to the heap once at the return (move2heap).
func buildInts(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func AppendLoopReturn3()   { sinkInts = buildInts(3) }
func AppendLoopReturn10()  { sinkInts = buildInts(10) }
func AppendLoopReturn100() { sinkInts = buildInts(100) }

// Appending straight into a global (escaping) slice from nil.
func AppendLoop10Escape() {
	sinkInts = nil
	for i := 0; i < 10; i++ {
		sinkInts = append(sinkInts, i)
	}
}

func AppendLoop100Escape() {
	sinkInts = nil
	for i := 0; i < 100; i++ {
		sinkInts = append(sinkInts, i)
	}
}

func AppendReuseCap() { // append into existing capacity: no allocation
	s := reuse[:0]
	for i := 0; i < 50; i++ {
		s = append(s, i)
	}
	reuse = s
}

func AppendStrings10Escape() {
	sinkStrs = nil
	for i := 0; i < 10; i++ {
		sinkStrs = append(sinkStrs, "x")
	}
}

func AppendVariadicEscape() {
	sinkInts = append([]int(nil), 1, 2, 3, 4, 5)
}

func main() {}
