package main

func arrayElem() int {
	x := 1
	var a [4]*int
	a[0] = &x
	return *a[0]
}

func sliceElem() int {
	y := 2
	s := make([]*int, 4)
	s[0] = &y
	return *s[0]
}

func main() {
	_ = arrayElem()
	_ = sliceElem()
}
