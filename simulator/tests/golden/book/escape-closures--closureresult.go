package main

var keep func() *int

func direct() int {
	var u int
	fn := func() *int { return &u }
	*fn() = 42
	return u
}

func lost() int {
	var w int
	fn := func() *int { return &w }
	keep = fn
	return w
}

func main() {
	_ = direct()
	_ = lost()
}
