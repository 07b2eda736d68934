// 016_defer_recover.go: defer forms (arguments, methods, loops) and the cost
// of panic and recover.
package main

import "errors"

type res struct{ n int }

func (r *res) close()    { r.n++ }
func (r res) show(k int) { sinkInt = r.n + k }

var (
	sinkInt int
	sinkAny any
	nVar    = 3
	gRes    = &res{}
	errBoom = errors.New("boom")
	valX    = 5
)

func note(a, b int) { sinkInt = a + b }

func DeferCallWithArgs() { // open-coded defer with arguments: no allocation
	x := valX
	defer note(x, 2)
	x++
}

func DeferPointerMethod() {
	defer gRes.close()
}

func DeferValueMethodLocal() {
	r := res{valX}
	defer r.show(1)
	r.n = 0
}

func DeferArgsInLoop() { // loop defers with arguments: one closure per iteration
	for i := 0; i < nVar; i++ {
		defer note(i, 1)
	}
}

func RecoverConstString() { // panic with a constant string: no boxing
	defer func() { sinkAny = recover() }()
	panic("constant")
}

func RecoverError() { // panic with an existing error value
	defer func() { sinkAny = recover() }()
	panic(errBoom)
}

func RecoverInt1000() { // panic(int): the value is boxed unless it is 0-255
	defer func() { sinkAny = recover() }()
	panic(valX * 200)
}

func RecoverIndexError() { // a runtime bounds error boxed as an error
	defer func() { sinkAny = recover() }()
	s := []int{1}
	sinkInt = s[valX]
}

func RecoverNothing() { // recover without a panic
	defer func() { sinkAny = recover() }()
	sinkInt++
}

func main() {}
