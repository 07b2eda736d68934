// 027_closures_more.go: closure object sizes by capture list, nested closures,
// immediately called literals, closures in collections.
package main

var (
	sinkInt   int
	sinkFunc  func() int
	sinkFuncs []func() int
	sinkGen   func() func() int
	valX      = 5
	valStr    = "s"
	valSl     = []int{1}
)

func ClosureThreeInts() { // 8 + 3x8 = 32 B
	a, b, c := valX, valX+1, valX+2
	sinkFunc = func() int { return a + b + c }
}

func ClosureString() { // 8 + 16 = 24 B
	s := valStr
	sinkFunc = func() int { return len(s) }
}

func ClosureSlice() { // 8 + 24 = 32 B
	s := valSl
	sinkFunc = func() int { return len(s) }
}

// two variables captured by reference: -m says both move to the heap, yet real Go
// counts 2 allocations (40 B), not 3
func ClosureByRefTwo() {
	a, b := valX, valX
	sinkFunc = func() int { return a + b }
	a++
	b++
}

func ClosureNested() { // a closure returning a closure
	x := valX
	sinkGen = func() func() int {
		return func() int { return x }
	}
}

func ClosureNestedCalled() { // calling the generator creates the inner closure
	x := valX
	gen := func() func() int {
		return func() int { return x }
	}
	sinkFunc = gen()
}

func ClosureImmediate() { // called in place: no closure object
	x := valX
	sinkInt = func() int { return x * 3 }()
}

func ClosuresInSlice() { // a slice literal of two closures, escaping
	x := valX
	sinkFuncs = []func() int{
		func() int { return x },
		func() int { return x + 1 },
	}
}

func ClosureCounter() { // a counter: the captured variable is modified inside
	n := 0
	sinkFunc = func() int { n++; return n }
}

func main() {}
