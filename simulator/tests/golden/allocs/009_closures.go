// 009_closures.go: closures (capture by value / by reference), method values, defer.
package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

var (
	sinkInt   int
	sinkFunc  func() int
	sinkFuncV func()
	valX      = 5
	gCounter  = &Counter{}
)

func apply(f func() int) int { return f() }

//go:noinline
func applyNoInline(f func() int) int { return f() }

func ClosureNoEscape() {
	x := valX
	f := func() int { return x * 2 }
	sinkInt = f()
}

func ClosurePassedNoEscape() { // func param does not escape in applyNoInline
	x := valX
	sinkInt = applyNoInline(func() int { return x + 1 })
}

func ClosureEscapeByValue() { // x never changes after capture: captured by value
	x := valX
	sinkFunc = func() int { return x }
}

func ClosureEscapeByRef() { // x modified after capture: captured by reference -> x moved to heap
	x := valX
	sinkFunc = func() int { return x }
	x++
}

func ClosureEscapeNoCapture() { // no captured variables: static funcval
	sinkFunc = func() int { return 42 }
}

func ClosureEscapeTwoVars() {
	x, y := valX, valX+1
	sinkFunc = func() int { return x + y }
}

func MethodValueEscape() { // bound method value: receiver copy + code pointer
	c := Counter{n: valX}
	sinkFunc = c.Get
}

func MethodValuePtrEscape() {
	sinkFuncV = gCounter.Inc
}

func MethodValueNoEscape() {
	c := Counter{n: valX}
	f := c.Get
	sinkInt = f()
}

func MethodExprNoAlloc() { // method expression: a plain function, no receiver bound
	f := Counter.Get
	sinkInt = f(Counter{n: valX})
}

func DeferClosure() {
	x := valX
	defer func() { sinkInt = x }()
	x++
}

func main() {}
