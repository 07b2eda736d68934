package main

func byValue() int {
	x := 1
	f := func() int { return x }
	return f()
}

func byRef() int {
	y := 1
	f := func() { y++ }
	f()
	return y
}

func big() int {
	var a [17]int
	f := func() int { return a[0] }
	return f()
}

func addrTaken() int {
	z := 1
	p := &z
	f := func() int { return z + *p }
	return f()
}

func main() {
	_ = byValue() + byRef() + big() + addrTaken()
}
