package main

import "fmt"

var sink any
var i255, i256 = 255, 256
var name = "gopher"
var ptr = &i256

func Small()   { sink = i255 }
func Large()   { sink = i256 }
func String()  { sink = name }
func Pointer() { sink = ptr }

func main() {
	Small()
	Large()
	String()
	Pointer()
	fmt.Println(sink == ptr)
}
