package main

var (
	valX    = 7
	sinkF   func() int
	sinkInt int
)

func Local() {
	x := valX
	f := func() int { return x * 2 }
	sinkInt = f()
}

func NoCapture() {
	sinkF = func() int { return 42 }
}

func ByValue() {
	x := valX
	sinkF = func() int { return x }
}

func ByRef() {
	x := valX
	sinkF = func() int { x++; return x }
}

func Array16() {
	var a [16]int
	sinkF = func() int { return a[3] }
}

func Array17() {
	var a [17]int
	sinkF = func() int { return a[3] }
}

func main() {}
