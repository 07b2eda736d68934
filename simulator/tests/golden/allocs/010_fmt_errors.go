// 010_fmt_errors.go: fmt.Sprintf / fmt.Println / errors.New / fmt.Errorf.
package main

import (
	"errors"
	"fmt"
)

var (
	sinkStr string
	sinkErr error
	sinkInt int
	v42     = 42
	v1000   = 1000
	name    = "gopher"
	pi      = 3.14159
)

func SprintfInt42()    { sinkStr = fmt.Sprintf("%d", v42) }
func SprintfInt1000()  { sinkStr = fmt.Sprintf("%d", v1000) }
func SprintfStrInt()   { sinkStr = fmt.Sprintf("%s is %d", name, v1000) }
func SprintfFloat()    { sinkStr = fmt.Sprintf("%.2f", pi) }
func SprintfConst()    { sinkStr = fmt.Sprintf("hello") }
func SprintInt42()     { sinkStr = fmt.Sprint(v42) }
func PrintlnInt42()    { fmt.Println(v42) }
func PrintlnInt1000()  { fmt.Println(v1000) }
func PrintlnStrInt()   { fmt.Println(name, v1000) }
func PrintlnConstStr() { fmt.Println("hello") }

func ErrorsNewEscape() { sinkErr = errors.New("boom") }

func ErrorsNewNoEscape() {
	e := errors.New("boom")
	sinkInt = len(e.Error())
}

func ErrorfEscape()     { sinkErr = fmt.Errorf("bad value %d", v1000) }
func ErrorfWrapEscape() { sinkErr = fmt.Errorf("ctx: %w", errSentinel) }

var errSentinel = errors.New("sentinel")

func main() {}
