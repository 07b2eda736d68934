// 002_make.go: make([]T, n) with constant and non-constant n, small and large.
package main

var (
	sinkInt   int
	sinkInts  []int
	sinkBytes []byte
	sinkPtrs  []*int
	n4        = 4 // non-constant sizes (globals, so the compiler cannot fold them)
	n5        = 5
	n32       = 32
	n33       = 33
	n100      = 100
	n1M       = 1 << 20
	n8K       = 8192
)

func MakeConst8NoEscape() {
	s := make([]int, 8)
	s[sinkInt&7] = 1
	sinkInt = s[3] + len(s)
}

func MakeConst8Escape() {
	sinkInts = make([]int, 8)
}

func MakeVar4IntsNoEscape() { // 4*8 = 32 bytes: fits the 32-byte stack buffer
	s := make([]int, n4)
	s[0] = 1
	sinkInt = s[0] + len(s)
}

func MakeVar5IntsNoEscape() { // 40 bytes: too big for the 32-byte buffer
	s := make([]int, n5)
	s[0] = 1
	sinkInt = s[0] + len(s)
}

func MakeVar32BytesNoEscape() {
	s := make([]byte, n32)
	s[0] = 1
	sinkInt = int(s[0]) + len(s)
}

func MakeVar33BytesNoEscape() {
	s := make([]byte, n33)
	s[0] = 1
	sinkInt = int(s[0]) + len(s)
}

func MakeVar100IntsNoEscape() {
	s := make([]int, n100)
	s[0] = 1
	sinkInt = s[0] + len(s)
}

func MakeVar100IntsEscape() {
	sinkInts = make([]int, n100)
}

func MakeVar100PtrsEscape() { // 800 B pointerful: +8 B malloc header -> 896 class
	sinkPtrs = make([]*int, n100)
}

func MakeVarLenCapNoEscape() { // len 0, cap 4 (non-constant): stack buffer
	s := make([]int, 0, n4)
	s = append(s, 1, 2)
	sinkInt = s[1] + cap(s)
}

func MakeConst64KNoEscape() {
	s := make([]byte, 64<<10)
	s[sinkInt&1023] = 1
	sinkInt = int(s[5])
}

func MakeConst64KPlus1NoEscape() {
	s := make([]byte, 64<<10+1)
	s[sinkInt&1023] = 1
	sinkInt = int(s[5])
}

func MakeVar8KNoEscape() {
	s := make([]byte, n8K)
	s[0] = 1
	sinkInt = int(s[0]) + len(s)
}

func MakeVar1MEscape() {
	sinkBytes = make([]byte, n1M)
}

func MakeZeroLenEscape() {
	sinkInts = make([]int, 0)
}

func main() {}
