package main

import "fmt"

type withPtr struct {
	next *withPtr
	data [100]byte
}

var a *[100]byte
var b *withPtr
var c *[800]byte
var d *[40000]byte

func Bytes100()   { a = new([100]byte) }
func Ptr108()     { b = new(withPtr) }
func Bytes800()   { c = new([800]byte) }
func Bytes40000() { d = new([40000]byte) }

func main() {
	Bytes100()
	Ptr108()
	Bytes800()
	Bytes40000()
	fmt.Println(len(a), len(b.data), len(c), len(d))
}
