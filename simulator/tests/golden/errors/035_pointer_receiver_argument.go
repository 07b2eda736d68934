// passing a value where the interface needs the pointer method set
package main

type Closer interface{ Close() error }

type File struct{}

func (f *File) Close() error { return nil }

func shut(c Closer) { _ = c.Close() }

func main() {
	var f File
	shut(f)
}
