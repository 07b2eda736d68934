package main

// A composite literal of constants converted to an interface is laid out in read-only
// data at compile time (Go's isStaticCompositeLiteral and order's addrTemp): the
// interface points there and nothing is allocated, even when the literal escapes.

type rect struct{ w, h int }

type named struct {
	name string
	n    int
}

type shape interface{ area() int }

func (r rect) area() int { return r.w * r.h }

var sink any
var w = 3
var total int

func StaticStruct() {
	sink = rect{1, 2}
}

func StaticWithString() {
	sink = named{"const", 4}
}

func StaticArray() {
	sink = [4]int{1, 2, 3, 4}
}

func StaticPartial() {
	sink = rect{h: 7}
}

func StaticNested() {
	sink = [2]rect{{1, 2}, {3, 4}}
}

func ZeroLiteral() {
	sink = rect{}
}

func VariableField() {
	sink = rect{w, 2}
}

func InterfaceSlice() {
	shapes := []shape{rect{1, 2}, rect{3, 4}}
	for _, s := range shapes {
		total += s.area()
	}
}

func InterfaceSliceVariable() {
	shapes := []shape{rect{w, 2}, rect{3, w}}
	for _, s := range shapes {
		total += s.area()
	}
}

func main() {
	StaticStruct()
	StaticWithString()
	StaticArray()
	StaticPartial()
	StaticNested()
	ZeroLiteral()
	VariableField()
	InterfaceSlice()
	InterfaceSliceVariable()
	println(total)
}
