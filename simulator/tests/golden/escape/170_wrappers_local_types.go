// m2
// Types declared inside functions get Go's T·N names in their wrappers; the
// function read first (main) has its wrappers first.
package main

type In struct{ s *string }

func (i In) Get() *string { return i.s }

func f() {
	type A struct{ In }
	type B struct{ In }
	var x interface{ Get() *string } = A{}
	var y interface{ Get() *string } = B{}
	println(x.Get(), y.Get())
}

func main() {
	type A struct{ In }
	type C struct{ In }
	var x interface{ Get() *string } = A{}
	var y interface{ Get() *string } = C{}
	println(x.Get(), y.Get())
	f()
}
