// Only the first five results are tracked in a parameter's leak summary:
// flows to the 6th and 7th results become plain heap leaks.
package main

import "fmt"

func seven(a, b, c, d, e, f, g *int) (r0, r1, r2, r3, r4, r5, r6 *int) {
	return a, b, c, d, e, f, g
}

// the same parameter reaching result 2 and result 6: the heap leak wins
func mixed(p *int) (*int, *int, *int, *int, *int, *int) {
	return nil, nil, p, nil, nil, p
}

func main() {
	v := [7]int{1, 2, 3, 4, 5, 6, 7}
	r0, _, _, _, _, r5, r6 := seven(&v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6])
	_, _, x, _, _, _ := mixed(&v[0])
	fmt.Println(*r0, *r5, *r6, *x)
}
