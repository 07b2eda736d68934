// 019_append_growth.go: growslice for escaping slices of several element types
// (size-class rounding, malloc header), spread appends and copies.
package main

type S24 struct{ A, B, C int64 }
type P24 struct {
	P    *int
	A, B int64
}

var (
	sinkBytes []byte
	sinkPtrs  []*int
	sinkStrs  []string
	sinkS24   []S24
	sinkP24   []P24
	sinkInts  []int
	src100    = make([]int, 100)
	src5      = []int{1, 2, 3, 4, 5}
	n10       = 10
)

func AppendBytes100Escape() {
	sinkBytes = nil
	for i := 0; i < 100; i++ {
		sinkBytes = append(sinkBytes, byte(i))
	}
}

func AppendPtrs100Escape() {
	sinkPtrs = nil
	for i := 0; i < 100; i++ {
		sinkPtrs = append(sinkPtrs, nil)
	}
}

func AppendStrs40Escape() {
	sinkStrs = nil
	for i := 0; i < 40; i++ {
		sinkStrs = append(sinkStrs, "s")
	}
}

func AppendS24x20Escape() {
	sinkS24 = nil
	for i := 0; i < 20; i++ {
		sinkS24 = append(sinkS24, S24{})
	}
}

func AppendP24x20Escape() {
	sinkP24 = nil
	for i := 0; i < 20; i++ {
		sinkP24 = append(sinkP24, P24{})
	}
}

func AppendSpread100Escape() { // one growslice to exactly 100 ints
	sinkInts = append([]int(nil), src100...)
}

func AppendSpreadTwiceEscape() {
	s := append([]int(nil), src5...)
	sinkInts = append(s, src5...)
}

func CopyIntoMakeEscape() {
	s := make([]int, len(src5))
	copy(s, src5)
	sinkInts = s
}

func AppendToFullLocalThenEscape() { // starts from a non-escaping make, then escapes
	s := make([]int, 0, n10)
	for i := 0; i < 11; i++ {
		s = append(s, i)
	}
	sinkInts = s
}

func AppendLocal1000NoEscape() { // a local slice grown to 1000 ints, never escaping
	var s []int
	for i := 0; i < 1000; i++ {
		s = append(s, i)
	}
	sinkInts = nil
	if len(s) > 2000 {
		sinkInts = s
	}
}

func main() {}
