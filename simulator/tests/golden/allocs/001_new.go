// 001_new.go: new(T) and &T{} — escaping and not, sizes, zero-sized, limits.
package main

type Point struct{ X, Y int } // 16 bytes, no pointers
type Node struct {            // 16 bytes, has a pointer
	Val  int
	Next *Node
}
type Big struct{ A [100]int } // 800 bytes, no pointers
type BigPtr struct {          // 808 bytes, has a pointer (> 512 B: malloc header)
	P *int
	A [100]int
}

var (
	sinkInt    int
	sinkPInt   *int
	sinkPPoint *Point
	sinkPNode  *Node
	sinkPBig   *Big
	sinkPBigP  *BigPtr
	sinkPEmpty *struct{}
	sinkPArr0  *[0]int
	sinkPByte  *byte
	sinkPI32   *int32
	sinkP64K   *[64 << 10]byte
	sinkPStr   *string
)

func NewIntNoEscape() {
	p := new(int)
	*p = 42
	sinkInt = *p
}

func NewIntEscape() {
	sinkPInt = new(int)
}

func NewByteEscape() {
	sinkPByte = new(byte)
}

func NewInt32Escape() {
	sinkPI32 = new(int32)
}

func NewStringEscape() {
	sinkPStr = new(string)
}

func PointLitNoEscape() {
	p := &Point{1, 2}
	sinkInt = p.X + p.Y
}

func PointLitEscape() {
	sinkPPoint = &Point{1, 2}
}

func NodeLitEscape() {
	sinkPNode = &Node{Val: 1}
}

func BigEscape() {
	sinkPBig = &Big{}
}

func BigPtrEscape() {
	sinkPBigP = &BigPtr{}
}

func newPoint(x, y int) *Point { return &Point{x, y} }

// Result of a constructor used only locally: with inlining the allocation is
// on the caller's stack; with -gcflags=-l the callee must heap-allocate.
func CtorResultLocal() {
	p := newPoint(3, 4)
	sinkInt = p.X * p.Y
}

func CtorResultEscape() {
	sinkPPoint = newPoint(3, 4)
}

// Address of a local variable stored globally: the variable is "moved to heap".
func AddrOfLocalEscape() {
	x := 7
	sinkPInt = &x
}

func ZeroSizedEscape() {
	sinkPEmpty = &struct{}{}
	sinkPArr0 = new([0]int)
}

// 64 KiB is the largest implicit (new/&T{}/make) stack object.
func New64KNoEscape() {
	p := new([64 << 10]byte)
	p[100] = 1
	sinkInt = int(p[100])
}

func New64KPlus1NoEscape() {
	p := new([64<<10 + 1]byte)
	p[100] = 1
	sinkInt = int(p[100])
}

// 128 KiB is the largest explicitly declared stack variable.
func Var128KNoEscape() {
	var a [128 << 10]byte
	a[100] = 1
	sinkInt = int(a[sinkInt&1023])
}

func Var128KPlus1NoEscape() {
	var a [128<<10 + 1]byte
	a[100] = 1
	sinkInt = int(a[sinkInt&1023])
}

func main() {}
