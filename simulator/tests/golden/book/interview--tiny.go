package main

import "fmt"

var b *byte
var i32 *int32
var i64 *int64
var s *[12]byte

func Byte()    { b = new(byte) }
func Int32()   { i32 = new(int32) }
func Int64()   { i64 = new(int64) }
func Bytes12() { s = new([12]byte) }

func main() {
	Byte()
	Int32()
	Int64()
	Bytes12()
	fmt.Println(*b, *i32, *i64, len(s))
}
