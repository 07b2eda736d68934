// 011_misc.go: pointers passed to functions, leaking params, slicing local arrays,
// loops of new(T), struct values. From the reference cases; dropped:
// BytesBufferSmall, BytesBufferEscape (bytes.Buffer), SyncPoolGetPut (sync.Pool).
package main

type Point struct{ X, Y int }

var (
	sinkInt  int
	sinkInts []int
	sinkPInt *int
	keep     *int
	valX     = 5
)

//go:noinline
func readPtr(p *int) int { return *p } // p does not escape

//go:noinline
func storePtr(p *int) { keep = p } // leaking param: p

//go:noinline
func sumPoint(p Point) int { return p.X + p.Y } // pass by value

func PassPtrNoEscape() {
	x := valX
	sinkInt = readPtr(&x)
}

func PassPtrLeaking() {
	x := valX
	storePtr(&x)
}

func SliceLocalArrayNoEscape() {
	var arr [4]int
	s := arr[:]
	s[1] = valX
	sinkInt = s[1]
}

func SliceLocalArrayEscape() {
	var arr [4]int
	sinkInts = arr[:]
}

func StructByValue() {
	p := Point{valX, valX}
	sinkInt = sumPoint(p)
}

func NewInLoopNoEscape() {
	t := 0
	for i := 0; i < 100; i++ {
		p := new(Point)
		p.X = i
		t += p.X
	}
	sinkInt = t
}

func NewInLoopEscape() {
	for i := 0; i < 10; i++ {
		sinkPInt = new(int)
	}
}

func main() {}
