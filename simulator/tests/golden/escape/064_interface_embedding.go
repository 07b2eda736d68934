// Interfaces embedding interfaces; converting between interface types
// prints nothing; calls on the wider interface leak the receiver.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	data []string
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int {
	f.data = append(f.data, s)
	return len(s)
}

func copyOne(dst Writer, src Reader) int { return dst.Write(src.Read()) }

func main() {
	f := &File{}
	var rw ReadWriter = f
	rw.Write("hello")
	var r Reader = rw
	g := &File{}
	n := copyOne(g, r)
	fmt.Println(n, g.Read())
}
