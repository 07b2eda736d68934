// fmt prints composite values by reflection: at every level below the argument it takes
// the element's interface (reflect.Value.Interface), which copies an addressable value —
// one reached through a pointer or a slice, by exported fields only — to the heap,
// unless its type is pointer-shaped.
package main

import "fmt"

type Point struct{ X, Y int }

type hidden struct{ a, b int }

type Wrap struct{ P *int }

var (
	pt      = Point{1, 2}
	hid     = hidden{1, 2}
	arr     = [3]int{1, 2, 3}
	n       = 5
	ptrs    = []*int{&n, &n}
	strs    = []string{"a", "bc"}
	points  = []Point{{1, 2}, {3, 4}}
	nested  = [][]int{{1}, {2, 3}}
	empty   = []int{}
	bytes   = []byte("hi")
	wraps   = []Wrap{{&n}}
	m       = map[string]int{"a": 1, "b": 2}
	floats  = []float64{1.5, 2.5}
	bools   = []bool{true, false, true}
	ptArr   = [2]Point{{1, 2}, {3, 4}}
	sinkStr string
	mInts   = map[int]int{1: 10, 2: 20, 3: 30}
	mPtrs   = map[string]*int{"a": &n}
	mPoints = map[Point]bool{{1, 2}: true}
	mEmpty  = map[string]int{}
	mNil    map[string]int
	mBig    = map[int]string{1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g", 8: "h", 9: "i", 10: "j"}
)

func PrintlnPtrArray()     { fmt.Println(&arr) }
func PrintlnArray()        { fmt.Println(arr) }
func PrintlnSliceOfPtrs()  { fmt.Println(ptrs) }
func PrintlnSliceStrings() { fmt.Println(strs) }
func PrintlnPtrHidden()    { fmt.Println(&hid) }
func PrintlnSliceStructs() { fmt.Println(points) }
func PrintfPtrStruct()     { fmt.Printf("%v\n", &pt) }
func PrintfPlusPtrStruct() { fmt.Printf("%+v\n", &pt) }
func PrintlnNested()       { fmt.Println(nested) }
func PrintlnEmpty()        { fmt.Println(empty) }
func PrintlnBytes()        { fmt.Println(bytes) }
func PrintfBytesS()        { fmt.Printf("%s\n", bytes) }
func PrintlnWraps()        { fmt.Println(wraps) }
func PrintlnFloats()       { fmt.Println(floats) }
func PrintlnBools()        { fmt.Println(bools) }
func PrintlnPtrArrStructs() { fmt.Println(&ptArr) }
func SprintSlice()         { sinkStr = fmt.Sprint(points) }
func PrintlnMap()          { fmt.Println(m) }
func PrintlnMapInts()      { fmt.Println(mInts) }
func PrintlnMapPtrs()      { fmt.Println(mPtrs) }
func PrintlnMapPoints()    { fmt.Println(mPoints) }
func PrintlnMapEmpty()     { fmt.Println(mEmpty) }
func PrintlnMapNil()       { fmt.Println(mNil) }
func PrintlnMapBig()       { fmt.Println(mBig) }

func main() {}
