// m2
// Calls through func values of unknown origin (package-level var, param,
// struct field, map element, slice element) make every pointer argument
// escape; a known local func variable does not.
package main

import "fmt"

var hook = func(p *int) int { return *p }

type Strategy struct {
	apply func(*int) int
}

func viaParam(f func(*int) int) int {
	a := 1
	return f(&a)
}

func run(s Strategy, m map[string]func(*int) int, fs []func(*int) int) int {
	b, c, d, e := 2, 3, 4, 5
	local := func(p *int) int { return *p * 10 }
	return hook(&b) + s.apply(&c) + m["k"](&d) + fs[0](&e) + local(&e)
}

func main() {
	double := func(p *int) int { return *p * 2 }
	fmt.Println(viaParam(double), run(Strategy{double}, map[string]func(*int) int{"k": double}, []func(*int) int{double}))
}
