package main

var hook func() int

func setHook() {
	v := 10
	hook = func() int { return v }
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func twice() int {
	z := 3
	return func() int { return z * 2 }()
}

func main() {
	setHook()
	next := counter()
	next()
	_ = hook() + next() + twice()
}
