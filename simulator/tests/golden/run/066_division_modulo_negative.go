// Integer division truncates toward zero and the remainder takes the sign of
// the dividend; shifting right rounds toward minus infinity instead.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%3d / %2d = %2d   %3d %% %2d = %2d\n", a, b, a/b, a, b, a%b)
	}
	n := -7
	fmt.Println(n/2, n>>1, n%2, n&1)
	var i8 int8 = -128
	fmt.Println(i8/3, i8%3, i8>>2)
	var u uint = 7
	fmt.Println(u/2, u%2)
	x := 17.5
	fmt.Println(x/2, -x/4)
	const c = -7 / 2
	fmt.Println(c, -7%3)
}
