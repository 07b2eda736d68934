// Interfaces embed other interfaces; a value is asserted from a smaller to a
// larger interface with the comma-ok form.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type file struct{ data []string }

func (f *file) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *file) Write(s string) int { f.data = append(f.data, s); return len(s) }

type ro struct{}

func (ro) Read() string { return "constant" }

func main() {
	var r Reader = &file{}
	if rw, ok := r.(ReadWriter); ok {
		fmt.Println("wrote", rw.Write("hello"), rw.Write("world"))
	}
	fmt.Println(r.Read(), r.Read(), r.Read() == "")
	r = ro{}
	_, ok := r.(ReadWriter)
	w, ok2 := r.(Writer)
	fmt.Println(ok, ok2, w == nil, r.Read())
}
