// Functions with several results, named results with a bare return, results
// passed straight into another call, and the blank identifier.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func minMax(xs []int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func parse(s string) (int, error) {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errors.New("not a digit: " + string(c))
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func sum3(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 2, 3 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minMax([]int{4, -2, 9, 0}))
	fmt.Println(minMax(nil))
	fmt.Println(sum3(three()))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	for _, s := range []string{"123", "12x", ""} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
}
