package main

var sink any

type point struct{ x, y int }

var (
	small = 7
	big   = 1000
	neg   = -1
	word  = "hello"
	empty = ""
	flag  = true
	pt    = point{1, 2}
)

func Small()    { sink = small }
func Big()      { sink = big }
func Negative() { sink = neg }
func Const()    { sink = 1000 }
func Str()      { sink = word }
func EmptyStr() { sink = empty }
func Bool()     { sink = flag }
func Struct()   { sink = pt }
func Zero()     { sink = struct{}{} }

func main() {}
