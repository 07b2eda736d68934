// 026_structs_pointers.go: building pointer structures (lists, trees), struct
// values returned and passed (free), pointers to fields and elements.
package main

type Node struct {
	Val  int
	Next *Node
}

type Tree struct {
	L, R *Tree
	V    int
}

type Rec struct {
	Name string
	Tags []string
	N    int
}

var (
	sinkNode *Node
	sinkTree *Tree
	sinkInt  int
	sinkPInt *int
	sinkRec  *Rec
	gRecs    = make([]Rec, 4)
	valX     = 5
)

func buildTree(d int) *Tree {
	if d == 0 {
		return nil
	}
	return &Tree{buildTree(d - 1), buildTree(d - 1), d}
}

func makeRec(n int) Rec { return Rec{"r", nil, n} }

func List10Escape() {
	var head *Node
	for i := 0; i < 10; i++ {
		head = &Node{i, head}
	}
	sinkNode = head
}

func List10NoEscape() { // the same list kept local: every node still escapes (it is linked)
	var head *Node
	for i := 0; i < 10; i++ {
		head = &Node{i, head}
	}
	sinkInt = head.Val
}

func TreeDepth4Escape() { sinkTree = buildTree(4) } // 15 nodes of 24 B

func StructReturnByValue() { // no allocation: returned in registers/stack
	r := makeRec(valX)
	sinkInt = r.N
}

func RecLiteralEscape() { // 56-byte struct -> 64 B
	sinkRec = &Rec{Name: "x", N: valX}
}

func RecWithTagsEscape() { // the struct and its tags slice
	sinkRec = &Rec{Name: "x", Tags: []string{"a", "b"}}
}

func PointerToSliceElem() { // pointing into an existing global slice: free
	sinkPInt = &gRecs[1].N
}

func PointerToLocalField() { // &r.N escapes: the whole r moves to the heap
	r := Rec{N: valX}
	sinkPInt = &r.N
}

func main() {}
