// m2
// defer f(args) becomes a wrapper closure. Constants, nil, new(T), package
// funcs and composite literals are built inside the wrapper; variables, &x,
// calls and conversions are copied into temporaries at the defer statement.
package main

import "fmt"

type Pair struct{ a, b int }

func show(p *int, q *Pair, s []int, f func() int, n int, str string) {
	a := 0
	if q != nil {
		a = q.a
	}
	fmt.Println(*p, a, len(s), f(), n, str)
}

func one() int { return 1 }

func deferred(v int) {
	x := v
	defer show(&x, &Pair{1, 2}, []int{v, v}, one, one(), "k")
	defer show(new(int), nil, nil, func() int { return 9 }, int(int8(v)), string(rune('a'+v)))
	x++
}

func main() {
	deferred(2)
}
