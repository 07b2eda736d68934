// 025_fmt_boxing.go: fmt calls box their arguments: small integers and
// constants are free, other values cost one allocation each; Sprintf/Sprint
// also allocate the result. Output goes to /dev/null while measuring.
package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

var (
	sinkStr string
	sinkErr error
	v255    = 255
	v256    = 256
	vm1     = -1
	name    = "gopher"
	pt      = Point{1, 2}
	ints    = []int{1, 2, 3}
	f25     = 2.5
	errX    = errors.New("x")
	flag    = true
)

func PrintlnInt255()    { fmt.Println(v255) }
func PrintlnInt256()    { fmt.Println(v256) }
func PrintlnIntMinus1() { fmt.Println(vm1) }
func PrintlnString()    { fmt.Println(name) }
func PrintlnStruct()    { fmt.Println(pt) }
func PrintlnPtrStruct() { fmt.Println(&pt) }
func PrintlnSlice()     { fmt.Println(ints) }
func PrintlnFloat()     { fmt.Println(f25) }
func PrintlnError()     { fmt.Println(errX) }
func PrintlnBool()      { fmt.Println(flag) }
func PrintlnThree()     { fmt.Println(name, v256, f25) }
func PrintfTwoSmall()   { fmt.Printf("%d %d\n", v255, v255) }
func PrintfStruct()     { fmt.Printf("%+v\n", pt) }
func SprintfTwoSmall()  { sinkStr = fmt.Sprintf("%d-%d", v255, v255) }
func SprintfLong()      { sinkStr = fmt.Sprintf("%s %s %s %s", name, name, name, name) }
func SprintStruct()     { sinkStr = fmt.Sprint(pt) }
func SprintlnInt()      { sinkStr = fmt.Sprintln(v256) }
func ErrorfSmallInt()   { sinkErr = fmt.Errorf("code %d", v255) }
func ErrorsNewLoop() {
	for i := 0; i < 3; i++ {
		sinkErr = errors.New("again")
	}
}

func main() {}
