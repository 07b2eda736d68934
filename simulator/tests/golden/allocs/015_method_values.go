// 015_method_values.go: method values, method expressions and interface
// method values: a bound method value that escapes is one closure object.
package main

type Small struct{ n int }
type Large struct{ a [8]int }

func (s Small) Get() int    { return s.n }
func (s *Small) Inc()       { s.n++ }
func (l Large) Sum() int    { return l.a[0] + l.a[7] }
func (l *Large) First() int { return l.a[0] }

type Getter interface{ Get() int }

var (
	sinkInt   int
	sinkFunc  func() int
	sinkFuncV func()
	valX             = 5
	gSmall           = Small{3}
	gLarge           = Large{}
	gGetter   Getter = Small{4}
)

func MethodValueLargeEscape() { // receiver copy of 64 bytes + code pointer: 72 -> 80 B
	l := gLarge
	sinkFunc = l.Sum
}

func MethodValueLargePtrEscape() { // pointer receiver: 16 B regardless of the struct size
	sinkFunc = gLarge.First
}

func MethodValueLocalPtr() { // s.Inc on a local: &s is captured, s moves to the heap
	s := Small{valX}
	sinkFuncV = s.Inc
}

func MethodValueInterfaceEscape() { // method value of an interface: captures the interface
	sinkFunc = gGetter.Get
}

func MethodValueInterfaceCalled() { // not escaping: no allocation
	f := gGetter.Get
	sinkInt = f()
}

func MethodExprPtr() { // (*Small).Inc is a plain function value
	f := (*Small).Inc
	f(&gSmall)
}

func MethodValueInSliceEscape() { // two method values stored in a global slice
	s := Small{valX}
	fs := []func() int{s.Get, gSmall.Get}
	sinkFunc = fs[valX%2]
}

func InterfaceCallNoAlloc() { // calling through an interface allocates nothing
	sinkInt = gGetter.Get()
}

func main() {}
